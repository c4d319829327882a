package casus.report;

import casus.v1.FacilitatorAction;
import casus.v1.OutcomeFlag;
import casus.v1.OutcomeMetric;
import casus.v1.SessionRecord;
import casus.v1.SessionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report's title, what the session was, and what it came to. */
final class SummarySection {
    private SummarySection() {
    }

    static void write(ReportContext ctx, Markdown md) {
        SessionRecord r = ctx.record;
        SessionSettings s = r.getSettings();
        md.heading(1, "After-action report: " + (r.getScenarioTitle().isEmpty() ? s.getScenario() : r.getScenarioTitle()));
        String mode = switch (s.getMode()) {
            case REAL_TIME -> "real time, a tick every " + s.getTickMillis() + " ms";
            case TURN_BASED -> "turn by turn" + (s.getDeadlineMillis() > 0 ? ", orders due within " + s.getDeadlineMillis() / 1000.0 + " s" : "");
            default -> "mode unknown";
        };
        int played = r.getTicksCount();
        StringBuilder p = new StringBuilder();
        p.append("Session ").append(Markdown.code(r.getSessionId())).append(" (join code ").append(Markdown.code(r.getJoinCode()))
                .append(")").append(s.getTitle().isEmpty() ? "" : ", \"" + s.getTitle() + "\"").append(": scenario ")
                .append(Markdown.code(s.getScenario())).append(", seed ").append(Long.toUnsignedString(s.getSeed())).append(", ")
                .append(mode).append(". ");
        if (played == 0) {
            p.append("No day was played.");
        } else {
            p.append(played).append(played == 1 ? " day" : " days").append(" played, from ").append(ctx.firstDate()).append(" to ")
                    .append(ctx.lastDate()).append(" (day ").append(r.getTicks(0).getDay()).append(" to day ")
                    .append(r.getTicks(played - 1).getDay()).append("). ");
        }
        p.append(r.getEnded() ? "The session ended: " + endReason(r) + "." : "The session had not ended when this report was written.");
        md.paragraph(p.toString());
        if (s.getSetCount() > 0) {
            List<String> changes = new ArrayList<>();
            s.getSetList().forEach(c -> changes.add(Markdown.code(c.getPath() + " = " + c.getValue())));
            md.paragraph("Facts changed for this session: " + String.join(", ", changes) + ".");
        }
        if (!r.getScenarioDigest().isEmpty()) {
            md.paragraph("Scenario and actor library digest (SHA-256): " + Markdown.code(r.getScenarioDigest()) + ".");
        }

        md.heading(2, "Outcome");
        md.paragraph(r.getEnded() ? "What the session came to." : "Where things stood at the last day played.");
        List<List<String>> rows = new ArrayList<>();
        for (OutcomeFlag f : r.getOutcome().getFlagsList()) {
            rows.add(List.of(words(f.getKey()), f.getValue() ? "yes" : "no"));
        }
        if (!r.getOutcome().getCeasefireBroker().isEmpty()) {
            String b = r.getOutcome().getCeasefireBroker();
            rows.add(List.of("ceasefire broker", b.equals("none") ? "none" : ctx.label(b)));
        }
        for (OutcomeMetric m : r.getOutcome().getMetricsList()) {
            rows.add(List.of(words(m.getKey()), Numbers.human(m.getValue())));
        }
        if (rows.isEmpty()) {
            md.paragraph("The record carries no outcome.");
        } else {
            md.table(List.of("outcome", "value"), rows);
        }
    }

    static String endReason(SessionRecord r) {
        for (FacilitatorAction a : r.getFacilitationList()) {
            if (a.getKind().equals("end")) {
                return a.getText().replaceFirst("^ended: ", "");
            }
        }
        return "reason not recorded";
    }

    static String words(String key) {
        return key.replace('_', ' ').replace("km2", "km²").toLowerCase(Locale.ROOT);
    }
}
