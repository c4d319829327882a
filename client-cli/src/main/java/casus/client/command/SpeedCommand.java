package casus.client.command;

import casus.client.render.Format;
import casus.v1.ClientMessage;
import casus.v1.SessionMode;
import casus.v1.SessionSettings;
import casus.v1.SetTickLength;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code speed}: the facilitator sets how fast days come. */
@Command(name = "speed", description = "Facilitator: show or set the pace: milliseconds a day in real time, "
        + "or with --deadline-s the seconds players have to give orders in a turn-by-turn session (0: no deadline).")
final class SpeedCommand extends Verb {
    @Parameters(index = "0", arity = "0..1", paramLabel = "TICK_MS", description = "Real time: milliseconds a day.")
    Integer tickMs;

    @Option(names = "--deadline-s", paramLabel = "N", description = "Turn by turn: seconds for orders; 0 waits for the players.")
    Integer deadlineS;

    SpeedCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String id = ctx.sessionId();
        SessionSettings now = ctx.view().session().getSettings();
        if (tickMs == null && deadlineS == null) {
            out().println(Format.mode(now));
            return;
        }
        if (tickMs != null && tickMs < 1) {
            throw new UsageException("TICK_MS must be positive, got " + tickMs);
        }
        if (deadlineS != null && deadlineS < 0) {
            throw new UsageException("--deadline-s must not be negative, got " + deadlineS);
        }
        int tick = tickMs != null ? tickMs : 0;
        // The server sets the deadline whatever is sent: keep the current one unless a new one is given.
        int deadline = deadlineS != null ? deadlineS * 1000 : now.getDeadlineMillis();
        ctx.call(ClientMessage.newBuilder().setSetTickLength(SetTickLength.newBuilder().setSessionId(id).setTickMillis(tick)
                .setDeadlineMillis(deadline)));
        SessionSettings.Builder after = now.toBuilder().setDeadlineMillis(deadline);
        if (tick > 0) {
            after.setTickMillis(tick);
        }
        ctx.view().settings(after.build());
        out().println("pace: " + Format.mode(after.build())
                + (now.getMode() == SessionMode.TURN_BASED && tickMs != null ? p().dim(" (a day's length matters only in real time)") : ""));
    }
}
