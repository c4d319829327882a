package casus.client.command;

import casus.client.render.UpdateFormatter;
import casus.v1.ChannelHistory;
import casus.v1.MessageDelivered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code history}: a channel's messages again, from the first. */
@Command(name = "history", description = "Read a channel's messages again, from the first: those sent before you took your state "
        + "too, each with its day, date and sender.")
final class HistoryCommand extends Verb {
    @Parameters(index = "0", paramLabel = "CHANNEL", description = "The channel, as 'channels' names it.")
    String channel;

    HistoryCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        ChannelHistory h = ctx.call(Requests.history(ctx.sessionId(), bare(channel))).getChannelHistory();
        out().println(p().bold("#" + h.getChannel().getName()) + "  " + ChannelsCommand.members(h.getChannel())
                + (h.getChannel().getClosed() ? p().dim("  (closed)") : ""));
        if (h.getMessagesCount() == 0) {
            out().println("no messages yet");
            return;
        }
        UpdateFormatter f = new UpdateFormatter(p(), width());
        for (MessageDelivered m : h.getMessagesList()) {
            out().println(p().dim("day " + m.getDay() + (m.getDate().isEmpty() ? "" : " (" + m.getDate() + ")")));
            print(f.message(m));
        }
    }

    /** A channel's name as typed, without the leading '#'. */
    static String bare(String typed) {
        return typed.startsWith("#") ? typed.substring(1) : typed;
    }
}
