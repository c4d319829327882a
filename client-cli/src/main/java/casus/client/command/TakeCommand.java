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
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code take}: takes over a state from its agent, and tells where the agent stood. */
@Command(name = "take", description = "Take over a state nobody plays: you decide for it from the coming day. "
        + "You are told what it is bound by, what its agent did lately and how the agent weighs each concern.")
final class TakeCommand extends Verb {
    @Parameters(index = "0", paramLabel = "STATE", description = "The state's id, as 'who' shows it.")
    String state;

    TakeCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String id = ctx.state(state);
        Briefing b = ctx.call(Requests.take(ctx.sessionId(), id)).getBriefing();
        ctx.view().took(b);
        out().println("you play " + p().bold(b.getState() + " (" + b.getStateName() + ")") + " from day " + b.getDay());
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
