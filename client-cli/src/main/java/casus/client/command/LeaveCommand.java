package casus.client.command;

import picocli.CommandLine.Command;

/** {@code leave}: leaves the session; a state played goes back to the agent. */
@Command(name = "leave", description = "Leave the session; a state you play goes back to the agent.")
final class LeaveCommand extends Verb {
    LeaveCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String id = ctx.sessionId();
        String code = ctx.view().joinCode();
        String state = ctx.view().controlled();
        ctx.call(Requests.leave(id));
        ctx.forgetSeatKey(state);
        ctx.view().left();
        out().println("left " + code);
    }
}
