package casus.report;

import casus.v1.Channel;
import casus.v1.MessageDelivered;
import java.util.ArrayList;
import java.util.List;

/** Every message the players and the facilitator sent, in order: public, private and to channels; then the channels. */
final class MessagesSection {
    private MessagesSection() {
    }

    static void write(ReportContext ctx, Markdown md) {
        md.heading(2, "Messages");
        if (ctx.record.getMessagesCount() == 0) {
            md.paragraph("No messages were sent.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (MessageDelivered m : ctx.record.getMessagesList()) {
                rows.add(List.of(Integer.toString(m.getDay()), from(m), to(m), m.getText()));
            }
            md.table(List.of("day", "from", "to", "text"), rows);
        }
        channels(ctx, md);
    }

    /** The channels that were written to, or that the facilitator made: who belonged to each at the end. */
    private static void channels(ReportContext ctx, Markdown md) {
        List<List<String>> rows = new ArrayList<>();
        for (Channel c : ctx.record.getChannelsList()) {
            if (c.getMessages() > 0 || c.getTreaty().isEmpty()) {
                List<String> members = new ArrayList<>(c.getStatesList());
                if (c.getFacilitator()) {
                    members.add("the facilitator");
                }
                rows.add(List.of("#" + c.getName(), c.getTreaty().isEmpty() ? "the facilitator's" : "treaty " + c.getTreaty(),
                        members.isEmpty() ? "nobody" : String.join(", ", members), Integer.toString(c.getMessages()),
                        c.getClosed() ? "closed" : "open"));
            }
        }
        if (!rows.isEmpty()) {
            md.heading(3, "Channels");
            md.table(List.of("channel", "kind", "members at the end", "messages", "state"), rows);
        }
    }

    static String from(MessageDelivered m) {
        return m.getFromState().isEmpty() ? "the facilitator (" + m.getFromName() + ")" : m.getFromState() + " (" + m.getFromName() + ")";
    }

    /** Everyone, the states written to, or the channel with the states it reached. */
    static String to(MessageDelivered m) {
        if (!m.getChannel().isEmpty()) {
            return "#" + m.getChannel() + (m.getToCount() == 0 ? "" : " (" + String.join(", ", m.getToList()) + ")");
        }
        return m.getToCount() == 0 ? "everyone" : String.join(", ", m.getToList());
    }

    /** One line for the timeline. */
    static String summary(ReportContext ctx, MessageDelivered m) {
        return "Message from " + from(m) + " to " + to(m) + ": \"" + Markdown.oneLine(m.getText()) + "\"";
    }
}
