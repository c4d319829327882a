package casus.client.command;

import casus.client.render.ActionsView;
import casus.v1.ActionList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code actions}: today's legal options, each scored by the agent, with its advice. */
@Command(name = "actions", description = "List your state's legal actions for the coming day, decision by decision: what each does, "
        + "the agent's utility and its breakdown, and the option the agent advises.")
final class ActionsCommand extends Verb {
    @Parameters(index = "0", arity = "0..1", paramLabel = "STATE", description = "The facilitator may look at any state's.")
    String state;

    @Option(names = "--terms", description = "Every term of each option's utility (value times weight), and why it differs from its rivals.")
    boolean terms;

    ActionsCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String id = state == null ? ctx.controlled() : ctx.state(state);
        ActionList a = fetch(ctx, id);
        print(new ActionsView(p(), width()).render(a, ctx.view().date(), terms));
    }

    /** Asks for a state's actions; the view keeps them when they are this client's own. */
    static ActionList fetch(CommandContext ctx, String state) {
        ActionList a = ctx.call(Requests.actions(ctx.sessionId(), state)).getActionList();
        if (state.equals(ctx.view().controlled())) {
            ctx.view().actions(a);
        }
        return a;
    }
}
