package casus.client.command;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code say}: writes to a channel. */
@Command(name = "say", description = "Send a message to a channel your state belongs to ('channels' lists them): every member's "
        + "player reads it, now and in its history. The facilitator reads every channel.")
final class SayCommand extends Verb {
    @Parameters(index = "0", paramLabel = "CHANNEL", description = "The channel, as 'channels' names it (a leading # is allowed).")
    String channel;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The message.")
    List<String> text;

    SayCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String name = HistoryCommand.bare(channel);
        ctx.call(Requests.say(ctx.sessionId(), name, String.join(" ", text)));
        out().println("sent to #" + name);
    }
}
