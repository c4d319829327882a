package casus.report;

import casus.v1.FacilitatorAction;
import casus.v1.Happening;
import casus.v1.MessageDelivered;
import casus.v1.TickUpdate;
import java.util.ArrayList;
import java.util.List;

/**
 * Day by day: the facilitator's actions and the messages before each day's tick, then what
 * happened in the order it happened (the events, what each state did and why, what the rules
 * made of it, where the fighting stood at the day's end), then the next day's events. Quiet
 * decisions, to hold or pass, are counted here and listed in the decisions section.
 */
final class TimelineSection {
    /** Deaths below this on a day without fighting are not told, as the chronicle leaves them out. */
    private static final double HALF_A_DEATH = 0.5;

    private TimelineSection() {
    }

    static void write(ReportContext ctx, Markdown md) {
        md.heading(2, "Timeline");
        if (ctx.record.getOpeningHappeningsCount() > 0) {
            md.heading(3, "The opening");
            for (Happening h : ctx.record.getOpeningHappeningsList()) {
                md.bullet(event(h));
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
            day(ctx, t, md);
        }
        writeClosing(ctx, md);
    }

    /** What happened in one tick, in order; the quiet decisions counted after the last decision. */
    private static void day(ReportContext ctx, TickUpdate t, Markdown md) {
        List<Happening> next = new ArrayList<>();
        int lastDecision = -1;
        for (int i = 0; i < t.getHappeningsCount(); i++) {
            if (t.getHappenings(i).getKind() == Happening.Kind.DECISION) {
                lastDecision = i;
            }
        }
        int quiet = 0;
        for (int i = 0; i < t.getHappeningsCount(); i++) {
            Happening h = t.getHappenings(i);
            if (h.getDay() > t.getDay()) {
                next.add(h);
            } else if (h.getKind() == Happening.Kind.DECISION && h.getQuiet()) {
                quiet++;
            } else {
                String line = line(ctx, h);
                if (!line.isEmpty()) {
                    md.bullet(line);
                }
            }
            if (i == lastDecision && quiet > 0) {
                md.bullet(quiet + (quiet == 1 ? " decision" : " decisions") + " to hold or pass.");
            }
        }
        for (Happening h : next) {
            md.bullet("For day " + h.getDay() + ": " + event(h));
        }
    }

    /** One happening as a line of the timeline, or "" for a day's end with nothing to tell; a kind not known here, by its text. */
    private static String line(ReportContext ctx, Happening h) {
        return switch (h.getKind()) {
            case EVENT_FIRED -> event(h);
            case DECISION -> decision(ctx, h);
            case DAY_ENDED -> dayEnded(h);
            default -> sentence(h.getText());
        };
    }

    /** The engine's words as a sentence of their own. */
    private static String sentence(String text) {
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    private static String decision(ReportContext ctx, Happening d) {
        Tenure holder = Origins.human(d) ? ctx.holder(d.getActor(), d.getDay()) : null;
        return "**" + d.getActor() + "** (" + Origins.of(d, holder) + "): " + d.getText() + reasons(d.getReasons());
    }

    /** Where the fighting stood, from the numbers: each front, then the dead. */
    private static String dayEnded(Happening h) {
        if (h.getFrontsCount() == 0 && h.getKilledToday() < HALF_A_DEATH) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Happening.Front f : h.getFrontsList()) {
            parts.add(f.getAttacker() + " holds " + Numbers.percent(f.getAttackerShare()) + " of " + f.getRegion());
        }
        String fronts = parts.isEmpty() ? "" : String.join(", ", parts) + "; ";
        return "At the day's end: " + fronts + Numbers.human(Math.rint(h.getKilledToday())) + " killed, "
                + Numbers.human(Math.rint(h.getKilledInAll())) + " in all.";
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

    static String event(Happening e) {
        return (e.getInjected() ? "Injected by the facilitator: " : "Event: ") + e.getText()
                + (e.getEventId().isEmpty() ? "" : " (" + Markdown.code(e.getEventId()) + ")");
    }

    static String reasons(String r) {
        return r.isBlank() ? "." : " — " + r.strip();
    }
}
