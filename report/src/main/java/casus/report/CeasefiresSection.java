package casus.report;

import casus.v1.Happening;
import java.util.ArrayList;
import java.util.List;

/** Every ceasefire that came into force or was broken, and the fighting that died down without one. */
final class CeasefiresSection {
    static final List<String> HEADERS = List.of("day", "conflict", "what happened", "between", "broker");

    private CeasefiresSection() {
    }

    static void write(ReportContext ctx, Markdown md) {
        md.heading(2, "Ceasefires");
        List<Happening> ends = ctx.all(Happening.Kind.CEASEFIRE_IN_FORCE, Happening.Kind.CEASEFIRE_BROKEN, Happening.Kind.FIGHTING_DIED_DOWN);
        if (ends.isEmpty()) {
            md.paragraph("No ceasefire came into force, and no fighting died down.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Happening h : ends) {
            String conflict = Markdown.code(h.getConflict()) + (h.getRegionsCount() == 0 ? "" : " (" + String.join(", ", h.getRegionsList()) + ")");
            rows.add(switch (h.getKind()) {
                case CEASEFIRE_IN_FORCE -> List.of(Integer.toString(h.getDay()), conflict,
                        h.getPeacekeepers() ? "in force, guarded by the broker's peacekeepers" : "in force", h.getActor() + " and " + h.getTarget(),
                        ctx.label(h.getProposer()));
                case CEASEFIRE_BROKEN -> List.of(Integer.toString(h.getDay()), conflict, "broken by " + h.getActor(), "", "");
                default -> List.of(Integer.toString(h.getDay()), conflict, "died down without an agreement", "", "");
            });
        }
        md.table(HEADERS, rows);
    }
}
