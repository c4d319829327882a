package casus.client.command;

import casus.client.render.Format;
import casus.v1.AbsentPolicy;
import casus.v1.ClientMessage;
import casus.v1.CreateSession;
import casus.v1.FactChange;
import casus.v1.Joined;
import casus.v1.SessionMode;
import casus.v1.SessionSettings;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code create}: the facilitator makes a session from a scenario. */
@Command(name = "create", description = "Facilitator: create a session from a scenario. Players join it with its code while it waits; "
        + "'start' begins it.")
final class CreateCommand extends Verb {
    /** How ticks come. */
    enum Mode {
        turn, realtime
    }

    /** What a person's state does on a day they gave no orders. */
    enum Absent {
        hold, agent
    }

    static final int DEFAULT_TICK_MS = 2000;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario's name, as 'scenarios' lists them.")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "The run's seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "turn",
            description = "turn: a day plays when every player is ready (or the deadline passes, or on 'step'); realtime: on the clock. "
                    + "Default: ${DEFAULT-VALUE}.")
    Mode mode;

    @Option(names = "--tick-ms", paramLabel = "N", description = "realtime: milliseconds a day (default: " + DEFAULT_TICK_MS + ").")
    Integer tickMs;

    @Option(names = "--deadline-s", paramLabel = "N", description = "turn: seconds players have to give orders; 0 waits for them (default).")
    Integer deadlineS;

    @Option(names = "--absent", paramLabel = "POLICY", defaultValue = "hold",
            description = "A player's state without orders: hold, or let the agent decide (agent). Default: ${DEFAULT-VALUE}.")
    Absent absent;

    @Option(names = "--title", paramLabel = "TEXT", description = "A label for the session list.")
    String title;

    @Option(names = "--listed", description = "List the session, with its join code, to every client (unlisted, only its members see it).")
    boolean listed;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Change a fact of the scenario for this session, e.g. scenario.days=10.")
    List<String> set = new ArrayList<>();

    CreateCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        if (tickMs != null && tickMs < 1) {
            throw new UsageException("--tick-ms must be positive, got " + tickMs);
        }
        if (deadlineS != null && deadlineS < 0) {
            throw new UsageException("--deadline-s must not be negative, got " + deadlineS);
        }
        SessionSettings.Builder s = SessionSettings.newBuilder().setScenario(scenario).setSeed(seed)
                .setMode(mode == Mode.realtime ? SessionMode.REAL_TIME : SessionMode.TURN_BASED)
                .setAbsent(absent == Absent.agent ? AbsentPolicy.AGENT_STANDS_IN : AbsentPolicy.HOLD);
        if (mode == Mode.realtime) {
            s.setTickMillis(tickMs == null ? DEFAULT_TICK_MS : tickMs);
        } else {
            s.setDeadlineMillis(deadlineS == null ? 0 : deadlineS * 1000);
        }
        s.setListed(listed);
        if (title != null) {
            s.setTitle(title);
        }
        for (String kv : set) {
            int eq = kv.indexOf('=');
            if (eq <= 0 || eq == kv.length() - 1) {
                throw new UsageException("--set takes PATH=VALUE, got '" + kv + "'");
            }
            s.addSet(FactChange.newBuilder().setPath(kv.substring(0, eq).strip()).setValue(kv.substring(eq + 1).strip()));
        }
        Joined j = ctx.call(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setSettings(s))).getSessionCreated();
        ctx.view().joined(j);
        out().println("created session " + p().bold(j.getSession().getJoinCode()) + ": " + j.getSession().getScenarioTitle() + " · "
                + j.getSession().getDays() + " days · seed " + seed + " · " + Format.mode(j.getSession().getSettings()));
        out().println("code: " + j.getSession().getJoinCode());
        out().println("players join with 'join " + j.getSession().getJoinCode() + "'; 'start' begins it");
    }
}
