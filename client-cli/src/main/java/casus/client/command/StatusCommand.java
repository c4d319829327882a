package casus.client.command;

import casus.client.render.Dashboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code status}: the situation at a glance. */
@Command(name = "status", description = "The situation at a glance: the day, escalation, who holds which region, losses, treaties, "
        + "beliefs in allies, forces and commitments, players, today's events. Seen from your state, or the one named.")
final class StatusCommand extends Verb {
    @Parameters(index = "0", arity = "0..1", paramLabel = "STATE", description = "See it from this state.")
    String state;

    StatusCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        ctx.sessionId();
        String from = state == null ? ctx.view().controlled() : ctx.state(state);
        print(new Dashboard(p(), width()).render(ctx.view(), from));
    }
}
