package casus.client.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The facilitator's pacing verbs, each a command of its own: start, pause, resume, step, end. */
final class PaceCommands {
    private PaceCommands() {
    }

    @Command(name = "start", description = "Facilitator: start the session: days begin to play.")
    static final class Start extends Verb {
        Start(CommandContext ctx) {
            super(ctx);
        }

        @Override
        void run() {
            ctx.call(Requests.start(ctx.sessionId()));
            out().println("started " + ctx.view().joinCode());
        }
    }

    @Command(name = "pause", description = "Facilitator: pause the session; no day plays until 'resume' (or 'step').")
    static final class Pause extends Verb {
        Pause(CommandContext ctx) {
            super(ctx);
        }

        @Override
        void run() {
            ctx.call(Requests.pause(ctx.sessionId()));
            out().println("paused " + ctx.view().joinCode());
        }
    }

    @Command(name = "resume", description = "Facilitator: resume a paused session.")
    static final class Resume extends Verb {
        Resume(CommandContext ctx) {
            super(ctx);
        }

        @Override
        void run() {
            ctx.call(Requests.resume(ctx.sessionId()));
            out().println("resumed " + ctx.view().joinCode());
        }
    }

    @Command(name = "step", description = "Facilitator: play one day now (or DAYS days, or up to a day), whoever is ready: "
            + "a waiting, paused or turn-by-turn session.")
    static final class Step extends Verb {
        @Parameters(index = "0", arity = "0..1", paramLabel = "DAYS", description = "How many days to play (default 1).")
        Integer days;

        @Option(names = "--to", paramLabel = "DAY", description = "Play until DAY is the next to play.")
        Integer toDay;

        Step(CommandContext ctx) {
            super(ctx);
        }

        @Override
        void run() {
            if (days != null && days < 1) {
                throw new UsageException("step plays at least one day, not " + days);
            }
            ctx.call(Requests.step(ctx.sessionId(), days == null ? 1 : days, toDay == null ? 0 : toDay));
            // Not "day N": an update may be on its way, and the view a day behind.
            out().println(toDay != null ? "stepped: the days up to day " + toDay + " play now"
                    : days != null && days > 1 ? "stepped: " + days + " days play now" : "stepped: the next day plays now");
        }
    }

    @Command(name = "end", description = "Facilitator: end the session now; its outcome is what it has come to.")
    static final class End extends Verb {
        End(CommandContext ctx) {
            super(ctx);
        }

        @Override
        void run() {
            ctx.call(Requests.end(ctx.sessionId()));
            out().println("ended " + ctx.view().joinCode() + "; 'report --out DIR' writes its after-action report");
        }
    }
}
