package casus.client.command;

import casus.v1.ActionChoice;
import casus.v1.ActionList;
import casus.v1.Decision;
import casus.v1.SessionMode;
import casus.v1.SubmitResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ready}: marks today's orders complete. */
@Command(name = "ready", description = "Mark your orders for the coming day complete. In a turn-by-turn session the day plays "
        + "when every player is ready. A decision left open takes the session's default (hold, or the agent's choice).")
final class ReadyCommand extends Verb {
    @Option(names = "--advice", description = "First take the agent's advice for every decision you left open.")
    boolean advice;

    ReadyCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String state = ctx.controlled();
        List<ActionChoice> choices = new ArrayList<>();
        if (advice) {
            ActionList a = ActionsCommand.fetch(ctx, state);
            Set<String> given = new HashSet<>();
            a.getSubmittedList().forEach(c -> given.add(c.getDecision()));
            for (Decision d : a.getDecisionsList()) {
                if (!given.contains(d.getKey()) && !d.getAdvice().isEmpty()) {
                    choices.add(ActionChoice.newBuilder().setDecision(d.getKey()).setOption(d.getAdvice()).build());
                }
            }
        }
        SubmitResult r = DoCommand.submit(ctx, state, choices, true);
        for (ActionChoice c : choices) {
            out().println(state + " " + c.getDecision() + " -> " + c.getOption() + p().dim(" (the agent's advice)"));
        }
        boolean turns = ctx.view().session() != null && ctx.view().session().getSettings().getMode() == SessionMode.TURN_BASED;
        // What the day waits for comes with the seat board that follows; here only what holds whatever the others do.
        String then = switch (ctx.view().phase()) {
            case PAUSED -> "; the session is paused";
            case WAITING -> "; the session has not started";
            default -> turns ? "" : "; the day plays on the clock";
        };
        out().println(p().green("orders for day " + r.getDay() + " are in") + then);
    }
}
