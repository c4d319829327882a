package casus.client.command;

import picocli.CommandLine.Command;

/** {@code release}: hands the state back to its agent. */
@Command(name = "release", description = "Hand your state back to its agent, from the next day.")
final class ReleaseCommand extends Verb {
    ReleaseCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String state = ctx.controlled();
        ctx.call(Requests.release(ctx.sessionId()));
        ctx.forgetSeatKey(state);
        ctx.view().released();
        out().println("the agent plays " + state + " again");
    }
}
