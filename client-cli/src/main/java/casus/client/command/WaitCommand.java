package casus.client.command;

import casus.v1.SessionPhase;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wait}: for scripts, waits until the session reaches a point. */
@Command(name = "wait", description = "Wait until the session reaches a day ('wait day N': day N is the next to play), "
        + "starts running ('wait running'), or ends ('wait end'). For scripts.")
final class WaitCommand extends Verb {
    @Parameters(index = "0", paramLabel = "WHAT", description = "day, running or end.")
    String what;

    @Parameters(index = "1", arity = "0..1", paramLabel = "N", description = "For 'day': the day.")
    Integer day;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600", description = "Give up after this long (default: ${DEFAULT-VALUE}).")
    long timeout;

    WaitCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        ctx.sessionId();
        boolean reached = switch (what) {
            case "day" -> {
                if (day == null) {
                    throw new UsageException("wait day N: which day?");
                }
                yield ctx.await(v -> v.day() >= day || v.ending() != null || ctx.goneWhy() != null, Duration.ofSeconds(timeout));
            }
            case "running" -> ctx.await(v -> v.phase() == SessionPhase.RUNNING || v.ending() != null || ctx.goneWhy() != null,
                    Duration.ofSeconds(timeout));
            case "end" -> ctx.await(v -> v.ending() != null || ctx.goneWhy() != null, Duration.ofSeconds(timeout));
            default -> throw new UsageException("wait for what? day N, running or end; got '" + what + "'");
        };
        if (ctx.goneWhy() != null) {
            throw new UsageException("the connection is gone: " + ctx.goneWhy());
        }
        if (!reached) {
            throw new UsageException("waited " + timeout + " s for " + what + (day == null ? "" : " " + day) + "; the session is at day "
                    + ctx.view().day());
        }
        if (what.equals("day") && ctx.view().ending() != null && ctx.view().day() < day) {
            out().println("the session ended before day " + day);
        }
    }
}
