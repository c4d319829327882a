package casus.report;

import casus.v1.Happening;
import casus.v1.ShadowDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Who played which state, when, and how often they chose what the agent would have. */
final class PlayersSection {
    private PlayersSection() {
    }

    static void write(ReportContext ctx, Markdown md) {
        md.heading(2, "Who played which state");
        if (ctx.tenures().isEmpty()) {
            md.paragraph("Nobody took over a state: the agents played every one.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Tenure t : ctx.tenures()) {
            int decided = 0;
            int agreed = 0;
            int compared = 0;
            for (Happening d : ctx.all(Happening.Kind.DECISION)) {
                if (d.getActor().equals(t.state()) && t.covers(d.getDay()) && d.getOrigin() == casus.v1.Origin.PERSON) {
                    decided++;
                    ShadowDecision s = ctx.shadow(d);
                    if (s != null) {
                        compared++;
                        agreed += s.getAgrees() ? 1 : 0;
                    }
                }
            }
            String how = t.how() == null ? "held it to the end" : switch (t.how()) {
                case RELEASED -> "handed it back";
                case REVOKED -> "taken back by the facilitator";
                case LAPSED -> "removed by the facilitator, or gone past the grace period";
                default -> t.how().name().toLowerCase(Locale.ROOT);
            };
            String to = t.open() ? "end" : t.to() <= t.from() ? "none played" : Integer.toString(t.to() - 1);
            rows.add(List.of(ctx.label(t.state()), t.name(), Integer.toString(t.from()), to, how,
                    Integer.toString(decided), compared == 0 ? "" : agreed + " of " + compared));
        }
        md.table(List.of("state", "player", "from day", "to day", "how it ended", "decisions taken", "same as the agent"), rows);
        List<String> agents = new ArrayList<>();
        for (String s : ctx.states()) {
            if (!ctx.peoplesStates().contains(s)) {
                agents.add(s);
            }
        }
        if (!agents.isEmpty()) {
            md.paragraph("The agents played the other states throughout: " + String.join(", ", agents) + ".");
        }
    }
}
