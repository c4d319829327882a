package casus.client.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code takeback}: the facilitator gives a state back to its agent. */
@Command(name = "takeback", description = "Facilitator: take a state back from its player; its agent plays it from the next day.")
final class TakebackCommand extends Verb {
    @Parameters(index = "0", paramLabel = "STATE", description = "The state.")
    String state;

    TakebackCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String id = ctx.state(state);
        ctx.call(Requests.revoke(ctx.sessionId(), id));
        out().println("the agent plays " + id + " again");
    }
}
