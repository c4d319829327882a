package casus.client.command;

import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code watch}: follows the session live, every reason shown, until it ends. */
@Command(name = "watch", description = "Follow the session live, with every decision's reasons and the numbers that move, "
        + "until it ends, N days have passed, or Ctrl-C.")
final class WatchCommand extends Verb {
    @Option(names = "--days", paramLabel = "N", description = "Stop after N days.")
    Integer days;

    WatchCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        ctx.sessionId();
        if (days != null && days < 1) {
            throw new UsageException("--days must be at least 1, got " + days);
        }
        if (ctx.view().ending() != null) {
            out().println("the session has ended; 'log' tells its last days");
            return;
        }
        int until = days == null ? Integer.MAX_VALUE : ctx.view().day() + days;
        out().println(p().dim("watching" + (days == null ? " until the session ends" : " for " + days + (days == 1 ? " day" : " days"))
                + (ctx.console().interactive() ? " (Ctrl-C stops)" : "")));
        out().flush();
        ctx.feed(Feed.FULL);
        try {
            ctx.await(v -> v.ending() != null || v.day() >= until || ctx.goneWhy() != null, Duration.ofDays(365));
        } finally {
            ctx.feed(Feed.BRIEF);
        }
    }
}
