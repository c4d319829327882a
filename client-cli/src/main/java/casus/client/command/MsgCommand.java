package casus.client.command;

import casus.v1.ClientMessage;
import casus.v1.SendMessage;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code msg}: writes to the players of other states, or to everyone. */
@Command(name = "msg", description = "Send a message to the player of a state (several: STATE,STATE), or to everyone with 'all': "
        + "a public statement that every member sees. The facilitator reads every message.")
final class MsgCommand extends Verb {
    static final String ALL = "all";

    @Parameters(index = "0", paramLabel = "STATE", description = "The state written to, several joined by commas, or 'all'.")
    String to;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The message.")
    List<String> text;

    MsgCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        SendMessage.Builder m = SendMessage.newBuilder().setSessionId(ctx.sessionId()).setText(String.join(" ", text));
        List<String> ids = new ArrayList<>();
        if (!to.equalsIgnoreCase(ALL)) {
            for (String s : to.split(",")) {
                if (!s.isBlank()) {
                    ids.add(ctx.state(s.strip()));
                }
            }
            m.addAllTo(ids);
        }
        ctx.call(ClientMessage.newBuilder().setSendMessage(m));
        out().println("sent to " + (ids.isEmpty() ? "everyone" : String.join(", ", ids)));
    }
}
