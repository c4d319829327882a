package casus.report;

import casus.v1.FacilitatorAction;
import java.util.ArrayList;
import java.util.List;

/** What the facilitator did: pacing, injected events, changed facts, states taken back, the end. */
final class FacilitationSection {
    private FacilitationSection() {
    }

    static void write(ReportContext ctx, Markdown md) {
        md.heading(2, "Facilitation");
        if (ctx.record.getFacilitationCount() == 0) {
            md.paragraph("The facilitator did nothing the record keeps.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (FacilitatorAction a : ctx.record.getFacilitationList()) {
            rows.add(List.of(Integer.toString(a.getDay()), a.getKind(), a.getText()));
        }
        md.table(List.of("before day", "action", "what"), rows);
    }
}
