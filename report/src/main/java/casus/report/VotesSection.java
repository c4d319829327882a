package casus.report;

import casus.v1.Happening;
import casus.v1.Happening.Vote.Ballot;
import java.util.ArrayList;
import java.util.List;

/** Every motion a treaty council voted to its end, member by member. */
final class VotesSection {
    static final List<String> HEADERS = List.of("day", "council", "motion", "for", "result", "yes", "no", "abstained");

    private VotesSection() {
    }

    static void write(ReportContext ctx, Markdown md) {
        md.heading(2, "Council votes");
        List<Happening> votes = ctx.all(Happening.Kind.MOTION_SETTLED);
        if (votes.isEmpty()) {
            md.paragraph("No treaty council voted.");
            return;
        }
        md.paragraph("Each motion a treaty council voted to its end, and how each member voted; a member a person played is named "
                + "with its player.");
        List<List<String>> rows = new ArrayList<>();
        for (Happening v : votes) {
            rows.add(List.of(Integer.toString(v.getDay()), Markdown.code(v.getTreaty()), v.getMotionKind(), ctx.label(v.getTarget()),
                    v.getPassed() ? "passed" : "failed", members(ctx, v, Ballot.YES), members(ctx, v, Ballot.NO),
                    members(ctx, v, Ballot.ABSTAIN)));
        }
        md.table(HEADERS, rows);
    }

    private static String members(ReportContext ctx, Happening v, Ballot ballot) {
        List<String> out = new ArrayList<>();
        for (Happening.Vote m : v.getVotesList()) {
            if (m.getBallot() == ballot) {
                Tenure holder = ctx.holder(m.getMember(), v.getDay());
                out.add(holder == null ? m.getMember() : m.getMember() + " (" + holder.name() + ")");
            }
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }
}
