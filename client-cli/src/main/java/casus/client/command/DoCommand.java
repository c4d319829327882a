package casus.client.command;

import casus.client.net.RefusedException;
import casus.v1.ActionChoice;
import casus.v1.ChoiceResult;
import casus.v1.ClientMessage;
import casus.v1.SubmitActions;
import casus.v1.SubmitResult;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code do}: chooses an option for the coming day. */
@Command(name = "do", description = "Choose an option for the coming day, as 'actions' lists it: words for its parts, e.g. "
        + "'do request PACT Art.4' for request:PACT:Art.4. A later choice for the same decision replaces an earlier one.")
final class DoCommand extends Verb {
    @Parameters(arity = "1..*", paramLabel = "OPTION", description = "The option: its name and arguments.")
    List<String> words;

    @Option(names = "--decision", paramLabel = "KEY", description = "The decision it answers, when the option belongs to several.")
    String decision;

    @Option(names = "--ready", description = "And mark today's orders complete.")
    boolean ready;

    DoCommand(CommandContext ctx) {
        super(ctx);
    }

    /** The option key a person's words name: "request PACT Art.4" is request:PACT:Art.4. */
    static String key(List<String> words) {
        return String.join(":", words);
    }

    @Override
    void run() {
        String state = ctx.controlled();
        ActionChoice.Builder choice = ActionChoice.newBuilder().setOption(key(words));
        if (decision != null) {
            choice.setDecision(decision);
        }
        SubmitResult r = submit(ctx, state, List.of(choice.build()), ready);
        ChoiceResult c = r.getResults(0);
        out().println(state + " " + c.getChoice().getDecision() + " -> " + p().bold(c.getChoice().getOption()) + " (day " + r.getDay() + ")"
                + (r.getReady() ? ", " + p().green("orders ready") : ""));
    }

    /** Submits choices; a refused choice is a refusal of the command. */
    static SubmitResult submit(CommandContext ctx, String state, List<ActionChoice> choices, boolean ready) {
        SubmitResult r = ctx.call(ClientMessage.newBuilder().setSubmitActions(SubmitActions.newBuilder().setSessionId(ctx.sessionId())
                .setState(state).addAllChoices(choices).setReady(ready).setDay(ctx.view().day()))).getSubmitResult();
        ctx.view().submitted(r);
        try {
            ActionsCommand.fetch(ctx, state);
        } catch (RuntimeException e) {
            // the list refreshes next time; the choice stands
        }
        for (ChoiceResult c : r.getResultsList()) {
            if (!c.getAccepted()) {
                throw new RefusedException(c.getCode(), c.getReason());
            }
        }
        return r;
    }
}
