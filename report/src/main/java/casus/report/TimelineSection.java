package casus.report;

import casus.v1.DecisionRecord;
import casus.v1.EventRecord;
import casus.v1.FacilitatorAction;
import casus.v1.MessageDelivered;
import casus.v1.TickUpdate;
import java.util.List;

/**
 * Day by day: the facilitator's actions and the messages before each day's tick, the events, what
 * each state did (quiet decisions, to hold or pass, are left to the decisions section) and what
 * the rules made of the day.
 */
final class TimelineSection {
    private TimelineSection() {
    }

    static void write(ReportContext ctx, Markdown md) {
        md.heading(2, "Timeline");
        if (ctx.record.getOpeningCount() > 0) {
            md.heading(3, "The opening");
            for (EventRecord e : ctx.record.getOpeningList()) {
                md.bullet(event(e));
            }
        }
        for (TickUpdate t : ctx.record.getTicksList()) {
            md.heading(3, "Day " + t.getDay() + " — " + t.getDate());
            for (FacilitatorAction a : ctx.record.getFacilitationList()) {
                if (a.getDay() == t.getDay()) {
                    md.bullet("Facilitator: " + a.getText() + ".");
                }
            }
            for (MessageDelivered m : ctx.record.getMessagesList()) {
                if (m.getDay() == t.getDay()) {
                    md.bullet(MessagesSection.summary(ctx, m));
                }
            }
            for (EventRecord e : t.getEventsList()) {
                if (e.getDay() == t.getDay()) {
                    md.bullet(event(e));
                }
            }
            int quiet = 0;
            for (DecisionRecord d : t.getDecisionsList()) {
                if (d.getQuiet()) {
                    quiet++;
                    continue;
                }
                Tenure holder = Origins.human(d) ? ctx.holder(d.getState(), d.getDay()) : null;
                md.bullet("**" + d.getState() + "** (" + Origins.of(d, holder) + "): " + d.getText() + reasons(d.getReasons()));
            }
            if (quiet > 0) {
                md.bullet(quiet + (quiet == 1 ? " decision" : " decisions") + " to hold or pass.");
            }
            for (String n : t.getNotesList()) {
                md.bullet(n);
            }
            for (EventRecord e : t.getEventsList()) {
                if (e.getDay() != t.getDay()) {
                    md.bullet("For day " + e.getDay() + ": " + event(e));
                }
            }
        }
        writeClosing(ctx, md);
    }

    private static void writeClosing(ReportContext ctx, Markdown md) {
        int last = ctx.record.getTicksCount() == 0 ? -1 : ctx.record.getTicks(ctx.record.getTicksCount() - 1).getDay();
        List<FacilitatorAction> after = ctx.record.getFacilitationList().stream().filter(a -> a.getDay() > last).toList();
        List<MessageDelivered> said = ctx.record.getMessagesList().stream().filter(m -> m.getDay() > last).toList();
        if (!after.isEmpty() || !said.isEmpty()) {
            md.heading(3, last < 0 ? "Before any day was played" : "After the last day played");
            said.forEach(m -> md.bullet(MessagesSection.summary(ctx, m)));
            after.forEach(a -> md.bullet("Facilitator: " + a.getText() + "."));
        }
    }

    static String event(EventRecord e) {
        return (e.getInjected() ? "Injected by the facilitator: " : "Event: ") + e.getText() + (e.getId().isEmpty() ? "" : " (" + Markdown.code(e.getId()) + ")");
    }

    static String reasons(String r) {
        return r.isBlank() ? "." : " — " + r.strip();
    }
}
