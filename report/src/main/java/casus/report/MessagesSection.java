package casus.report;

import casus.v1.MessageDelivered;
import java.util.ArrayList;
import java.util.List;

/** Every message the players and the facilitator sent, in order. */
final class MessagesSection {
    private MessagesSection() {
    }

    static void write(ReportContext ctx, Markdown md) {
        md.heading(2, "Messages");
        if (ctx.record.getMessagesCount() == 0) {
            md.paragraph("No messages were sent.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (MessageDelivered m : ctx.record.getMessagesList()) {
            rows.add(List.of(Integer.toString(m.getDay()), from(m), to(m), m.getText()));
        }
        md.table(List.of("day", "from", "to", "text"), rows);
    }

    static String from(MessageDelivered m) {
        return m.getFromState().isEmpty() ? "the facilitator (" + m.getFromName() + ")" : m.getFromState() + " (" + m.getFromName() + ")";
    }

    static String to(MessageDelivered m) {
        return m.getToCount() == 0 ? "everyone" : String.join(", ", m.getToList());
    }

    /** One line for the timeline. */
    static String summary(ReportContext ctx, MessageDelivered m) {
        return "Message from " + from(m) + " to " + to(m) + ": \"" + Markdown.oneLine(m.getText()) + "\"";
    }
}
