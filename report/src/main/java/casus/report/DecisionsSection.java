package casus.report;

import casus.v1.Happening;
import casus.v1.ShadowDecision;
import java.util.ArrayList;
import java.util.List;

/**
 * Every decision of every state, by state and day, with the option taken, who took it and why;
 * beside each decision of a state a person held, what the agent would have chosen and why.
 */
final class DecisionsSection {
    static final List<String> HEADERS = List.of("day", "decision", "chosen", "by", "what it did", "reasons", "the agent would have chosen");

    private DecisionsSection() {
    }

    static void write(ReportContext ctx, Markdown md) {
        md.heading(2, "Every decision");
        md.paragraph("Each state's decisions, day by day: the option that took effect, who chose it, what it did and the terms "
                + "that set it apart from its best rival. Where a person held the state, the last column gives the option the "
                + "agent's utilities favoured and its reasons.");
        for (String state : ctx.states()) {
            List<List<String>> rows = new ArrayList<>();
            for (Happening d : ctx.all(Happening.Kind.DECISION)) {
                if (d.getActor().equals(state)) {
                    rows.add(row(ctx, d));
                }
            }
            md.heading(3, ctx.label(state));
            if (rows.isEmpty()) {
                md.paragraph("No decisions.");
            } else {
                md.table(HEADERS, rows);
            }
        }
    }

    static List<String> row(ReportContext ctx, Happening d) {
        boolean human = Origins.human(d);
        Tenure holder = human ? ctx.holder(d.getActor(), d.getDay()) : null;
        String agent = "";
        if (human) {
            ShadowDecision s = ctx.shadow(d);
            if (s == null) {
                agent = "not recorded";
            } else if (s.getAgrees()) {
                agent = "the same";
            } else {
                agent = Markdown.code(s.getOption()) + ": " + s.getText() + TimelineSection.reasons(s.getReasons());
            }
        }
        return List.of(Integer.toString(d.getDay()), Markdown.code(d.getDecision()),
                d.getOption().isEmpty() ? "none" : Markdown.code(d.getOption()), Origins.of(d, holder), d.getText(), d.getReasons(), agent);
    }
}
