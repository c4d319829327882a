package casus.client.command;

import casus.client.render.TextTable;
import casus.client.render.TextTable.Cell;
import casus.client.render.Wrap;
import casus.v1.Briefing;
import casus.v1.Commitment;
import casus.v1.DecisionRecord;
import casus.v1.Weight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A command that seats this client at a state: it keeps the seat key it was given, and tells the briefing. */
abstract class Seating extends Verb {
    Seating(CommandContext ctx) {
        super(ctx);
    }

    /** Keeps the briefing's seat key, and says so. */
    void keepKey(Briefing b) {
        String trouble = ctx.keepSeatKey(b);
        if (trouble != null) {
            print(Wrap.lines(trouble, width()).stream().map(p()::yellow).toList());
        } else if (!b.getSeatKey().isEmpty()) {
            print(Wrap.lines("your seat key is kept: 'reclaim " + ctx.view().joinCode() + "' takes " + b.getState()
                    + " back from another terminal, or after a long disconnection", width()).stream().map(p()::dim).toList());
        }
    }

    /** Where the agent stood: commitments, recent decisions, weights, and what to do next. */
    void brief(Briefing b) {
        if (b.getCommitmentsCount() > 0) {
            out().println(p().bold("bound by and engaged in:"));
            TextTable t = new TextTable().indent("  ").wrapLast();
            for (Commitment c : b.getCommitmentsList()) {
                t.row(Cell.styled(c.getKind(), p()::cyan), Cell.of(c.getText()));
            }
            print(t.lines(width()));
        }
        if (b.getRecentDecisionsCount() > 0) {
            out().println(p().bold("what its agent did lately:"));
            TextTable t = new TextTable().indent("  ").wrapLast();
            for (DecisionRecord d : b.getRecentDecisionsList()) {
                if (!d.getQuiet()) {
                    t.row(Cell.of("day " + d.getDay()), Cell.of(d.getText()));
                }
            }
            if (t.isEmpty()) {
                t.row(Cell.styled("nothing but holding and passing", p()::dim));
            }
            print(t.lines(width()));
        }
        if (b.getPreferencesCount() > 0) {
            List<String> w = new ArrayList<>();
            for (Weight x : b.getPreferencesList()) {
                w.add(x.getLabel() + " " + String.format(Locale.ROOT, "%.1f", x.getWeight()));
            }
            out().println(p().bold("how its agent weighs each concern:"));
            print(Wrap.lines("  " + String.join(" · ", w), width()).stream().map(l -> l.startsWith("  ") ? l : "  " + l).toList());
        }
        int decisions = b.hasActions() ? b.getActions().getDecisionsCount() : 0;
        print(Wrap.lines(decisions + (decisions == 1 ? " decision" : " decisions") + " to make for day " + b.getDay()
                + (decisions == 0 ? "" : ": 'actions' lists the options with the agent's advice, 'do OPTION' chooses, 'ready' when done"), width()));
    }
}
