package casus.client.command;

import casus.client.render.UpdateFormatter;
import casus.v1.MessageDelivered;
import casus.v1.TickUpdate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code log}: the recent chronicle, with every reason. */
@Command(name = "log", description = "The recent chronicle since you joined: each day's events, every decision with its reasons, "
        + "what the rules made of them, and the messages you saw.")
final class LogCommand extends Verb {
    @Option(names = "--days", paramLabel = "N", defaultValue = "3", description = "How many days back (default: ${DEFAULT-VALUE}).")
    int days;

    LogCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        ctx.sessionId();
        if (days < 1) {
            throw new UsageException("--days must be at least 1, got " + days);
        }
        List<TickUpdate> ticks = ctx.view().ticks();
        List<MessageDelivered> messages = ctx.view().messages();
        if (ticks.isEmpty() && messages.isEmpty()) {
            out().println("nothing yet: no day has been played since you joined");
            return;
        }
        UpdateFormatter f = new UpdateFormatter(p(), width());
        List<TickUpdate> shown = ticks.subList(Math.max(0, ticks.size() - days), ticks.size());
        int lastDay = ticks.isEmpty() ? -1 : ticks.get(ticks.size() - 1).getDay();
        for (TickUpdate t : shown) {
            // Public statements are in the day's update; private messages are told before it.
            for (MessageDelivered m : messages) {
                if (m.getDay() == t.getDay() && (m.getToCount() > 0 || !m.getChannel().isEmpty())) {
                    print(f.message(m));
                }
            }
            print(f.tick(t, ctx.view().controlled(), true));
        }
        for (MessageDelivered m : messages) {
            if (m.getDay() > lastDay) {
                print(f.message(m));
            }
        }
    }
}
