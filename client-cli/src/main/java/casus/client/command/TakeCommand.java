package casus.client.command;

import casus.v1.Briefing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code take}: takes over a state from its agent, and tells where the agent stood. */
@Command(name = "take", description = "Take over a state nobody plays: you decide for it from the coming day. "
        + "You are told what it is bound by, what its agent did lately and how the agent weighs each concern. "
        + "The seat key the server gives is kept: 'reclaim' takes the seat back with it from another terminal.")
final class TakeCommand extends Seating {
    @Parameters(index = "0", paramLabel = "STATE", description = "The state's id, as 'who' shows it.")
    String state;

    TakeCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String id = ctx.state(state);
        Briefing b = ctx.call(Requests.take(ctx.sessionId(), id)).getBriefing();
        ctx.view().took(b);
        out().println("you play " + p().bold(b.getState() + " (" + b.getStateName() + ")") + " from day " + b.getDay());
        keepKey(b);
        brief(b);
    }
}
