package casus.server.session;

import casus.engine.model.Setting;
import casus.engine.scenario.ScenarioException;
import casus.engine.scenario.ScenarioSources;
import casus.engine.scenario.Scenarios;
import casus.server.api.RequestException;
import casus.server.auth.Client;
import casus.server.auth.Tokens;
import casus.server.game.Game;
import casus.server.journal.Journal;
import casus.server.journal.JournalException;
import casus.server.journal.JournalFormat;
import casus.server.journal.OpenedSources;
import casus.server.journal.SessionReplay;
import casus.v1.AbsentPolicy;
import casus.v1.ControlInput;
import casus.v1.ErrorCode;
import casus.v1.Joined;
import casus.v1.JournalEntry;
import casus.v1.JournalOpened;
import casus.v1.Role;
import casus.v1.SessionMode;
import casus.v1.SessionPhase;
import casus.v1.SessionSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Makes sessions: new ones for a facilitator, each with its own directory under the data
 * directory holding its journal and chronicle; and, when the server starts, every unfinished
 * session found there, replayed from its journal to its last tick and paused.
 */
public final class SessionFactory {
    private static final Logger LOG = LogManager.getLogger(SessionFactory.class);
    /** Join codes: upper-case letters and digits that cannot be misread. */
    static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;
    static final String ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    /** The longest session title. */
    static final int MAX_TITLE = 200;

    private final SessionContext ctx;
    private final Sessions sessions;
    private final Path root;

    public SessionFactory(SessionContext ctx, Sessions sessions) {
        this.ctx = ctx;
        this.sessions = sessions;
        this.root = ctx.settings().dataDir().resolve("sessions");
    }

    /**
     * Creates a session; the creator joins it as facilitator.
     *
     * @throws RequestException naming what is wrong with the settings
     */
    public Joined create(SessionSettings requested, Client creator, Peer peer) {
        SessionSettings settings = check(requested);
        ScenarioSources sources = Scenarios.sources(settings.getScenario());
        Setting setting = sources.compile();
        try {
            Game.withChanges(setting, settings.getSetList());
        } catch (IllegalArgumentException e) {
            throw new RequestException(ErrorCode.BAD_FACT, e.getMessage());
        }
        String id;
        String code;
        synchronized (sessions) {
            do {
                id = "s-" + Tokens.random(ID_ALPHABET, 10);
                code = Tokens.random(CODE_ALPHABET, CODE_LENGTH);
            } while (sessions.taken(id) || sessions.taken(code));
        }
        Path dir = root.resolve(id);
        JournalOpened opened = JournalOpened.newBuilder().setFormat(JournalFormat.FORMAT).setSessionId(id).setJoinCode(code)
                .setSettings(settings).setScenarioName(sources.scenario().name()).setScenarioText(sources.scenario().text())
                .setLibraryName(sources.library().name()).setLibraryText(sources.library().text())
                .setModelName(sources.model().name()).setModelText(sources.model().text())
                .setScenarioDigest(OpenedSources.digest(sources))
                .setUnixMillis(ctx.clock().unixMillis()).setServerVersion(version()).build();
        try {
            Files.createDirectories(dir);
            Journal journal = Journal.create(dir.resolve(JournalFormat.FILE), JournalEntry.newBuilder().setOpened(opened).build(),
                    ctx.journals());
            PrintWriter chronicle = chronicle(dir);
            Game game = Game.open(opened, chronicle, false, ctx.settings().recentDays());
            Session s = new Session(id, code, dir, game, journal, chronicle, settings, SessionPhase.WAITING, ctx);
            Member m = s.roster.join(creator, Role.FACILITATOR, peer);
            Joined joined = s.joined(m, true);
            s.forgetWith(() -> sessions.remove(s));
            sessions.add(s);
            s.wake();
            LOG.info("session {} ({}) created: {} seed {} {}", id, code, settings.getScenario(), settings.getSeed(), settings.getMode());
            return joined;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the session directory " + dir, e);
        }
    }

    /** The settings as the session will keep them, or BAD_REQUEST / NO_SUCH_SCENARIO naming the fault. */
    SessionSettings check(SessionSettings s) {
        if (!Scenarios.bundled().contains(s.getScenario())) {
            throw new RequestException(ErrorCode.NO_SUCH_SCENARIO, "no bundled scenario '" + s.getScenario() + "' (scenarios: "
                    + String.join(", ", Scenarios.bundled()) + ")");
        }
        RequestException.require(s.getMode() == SessionMode.REAL_TIME || s.getMode() == SessionMode.TURN_BASED,
                "mode must be REAL_TIME or TURN_BASED");
        int min = ctx.settings().minTickMillis();
        RequestException.require(s.getMode() != SessionMode.REAL_TIME || s.getTickMillis() >= min,
                "a real-time session needs tick_millis of at least " + min + ", got " + s.getTickMillis());
        RequestException.require(s.getTitle().length() <= MAX_TITLE, "the title has " + s.getTitle().length()
                + " characters; at most " + MAX_TITLE);
        SessionSettings.Builder b = s.toBuilder();
        if (s.getAbsent() == AbsentPolicy.ABSENT_POLICY_UNSPECIFIED) {
            b.setAbsent(AbsentPolicy.HOLD);
        }
        return b.build();
    }

    /** Recovers every unfinished session under the data directory, paused; returns how many. */
    public int recover() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                if (Files.isRegularFile(dir.resolve(JournalFormat.FILE))) {
                    try {
                        n += recover(dir) ? 1 : 0;
                    } catch (JournalException | ScenarioException | IllegalArgumentException | UncheckedIOException e) {
                        LOG.error("cannot recover the session in {}: {}", dir, e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        return n;
    }

    private boolean recover(Path dir) {
        Path file = dir.resolve(JournalFormat.FILE);
        PrintWriter chronicle = chronicle(dir);
        SessionReplay.Result r = SessionReplay.replay(file, chronicle, false, ctx.settings().recentDays());
        if (r.ended()) {
            chronicle.close();
            return false;
        }
        if (r.tornBytes() > 0) {
            LOG.warn("session {}: cutting a torn tail of {} bytes off its journal", r.opened().getSessionId(), r.tornBytes());
        }
        Journal journal = Journal.reopen(file, r.validLength(), ctx.journals());
        JournalOpened o = r.opened();
        Session s = new Session(o.getSessionId(), o.getJoinCode(), dir, r.game(), journal, chronicle, r.settings(),
                r.started() ? SessionPhase.PAUSED : SessionPhase.WAITING, ctx);
        List<String> held = new ArrayList<>();
        for (Map.Entry<String, ControlInput> e : r.holders().entrySet()) {
            ControlInput c = e.getValue();
            Client client = ctx.clients().restore(c.getClientId(), c.getClientName(), c.getTokenHash());
            s.roster.restoreController(client, r.game().actor(e.getKey()));
            held.add(e.getKey() + " by " + c.getClientName());
        }
        s.forgetWith(() -> sessions.remove(s));
        sessions.add(s);
        s.wake();
        LOG.info("session {} ({}) recovered at day {} after {} ticks, {}{}", o.getSessionId(), o.getJoinCode(), r.game().day(), r.ticks(),
                r.started() ? "paused" : "waiting", held.isEmpty() ? "" : "; held: " + String.join(", ", held));
        return true;
    }

    /** The session's chronicle, written afresh. */
    static PrintWriter chronicle(Path dir) {
        try {
            return new PrintWriter(Files.newBufferedWriter(dir.resolve(JournalFormat.CHRONICLE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chronicle in " + dir, e);
        }
    }

    static String version() {
        String v = SessionFactory.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
