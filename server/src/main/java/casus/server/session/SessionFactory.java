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
import casus.server.journal.JournalDamage;
import casus.server.journal.JournalFormat;
import casus.server.journal.JournalReader;
import casus.server.journal.OpenedSources;
import casus.server.journal.SeatHolder;
import casus.server.journal.SessionReplay;
import casus.v1.AbsentPolicy;
import casus.v1.ErrorCode;
import casus.v1.Joined;
import casus.v1.JournalEntry;
import casus.v1.JournalOpened;
import casus.v1.Role;
import casus.v1.SessionMode;
import casus.v1.SessionInfo;
import casus.v1.SessionNotice;
import casus.v1.SessionPhase;
import casus.v1.SessionSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Makes sessions: new ones for a facilitator, each with its own directory under the data
 * directory holding its journal and chronicle; and, when the server starts, every unfinished
 * session found there, replayed from its journal to its last tick and paused. A journal damaged
 * before its last record is never cut unless the facilitator asks ({@link DamagePolicy}); what
 * could not be recovered, and what was lost, the log and the facilitator are told.
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
    private final List<SessionNotice> recoveryNotices = new CopyOnWriteArrayList<>();

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
            s.forgetWith(() -> sessions.retire(s));
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

    /** Recovers every unfinished session under the data directory, paused, leaving damaged journals as they are; returns how many. */
    public int recover() {
        return recover(DamagePolicy.KEEP);
    }

    /**
     * Recovers every unfinished session under the data directory, paused; returns how many. A
     * session that cannot be recovered is reported and left as it is, whatever went wrong, and
     * the others are recovered all the same.
     */
    public int recover(DamagePolicy damaged) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                if (Files.isRegularFile(dir.resolve(JournalFormat.FILE))) {
                    n += recoverOrReport(dir, damaged) ? 1 : 0;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        return n;
    }

    /**
     * What the facilitator is told of the recovery when the server started: one notice (kind
     * {@code recovery}) for each session not recovered, or recovered short of what its journal
     * once held.
     */
    public List<SessionNotice> recoveryNotices() {
        return List.copyOf(recoveryNotices);
    }

    private boolean recoverOrReport(Path dir, DamagePolicy damaged) {
        try {
            return recover(dir, damaged);
        } catch (JournalException | ScenarioException | IllegalArgumentException | UncheckedIOException e) {
            report(dir, "session " + dir.getFileName() + " cannot be recovered: " + e.getMessage() + "; its journal is left as it is", null);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            report(dir, "session " + dir.getFileName() + " cannot be recovered: " + e + "; its journal is left as it is", e);
        }
        return false;
    }

    private void report(Path dir, String text, Throwable failure) {
        if (failure == null) {
            LOG.error(text);
        } else {
            LOG.error(text, failure);
        }
        recoveryNotices.add(SessionNotice.newBuilder().setSessionId(dir.getFileName().toString()).setKind("recovery").setText(text).build());
    }

    private boolean recover(Path dir, DamagePolicy damaged) {
        Path file = dir.resolve(JournalFormat.FILE);
        JournalReader.Contents contents = JournalReader.read(file);
        String restored = null;
        if (contents.damage() != null) {
            restored = cutAtDamage(dir, file, contents, damaged);
            if (restored == null) {
                return false;
            }
        }
        PrintWriter chronicle = chronicle(dir);
        SessionReplay.Result r;
        try {
            r = SessionReplay.replay(file, chronicle, false, ctx.settings().recentDays());
        } catch (RuntimeException | Error e) {
            chronicle.close();
            throw e;
        }
        if (r.ended()) {
            chronicle.close();
            keepEnded(file, r);
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
        for (SeatHolder h : r.seats().values()) {
            Client client = h.away() ? null : ctx.clients().restore(h.clientId(), h.person(), h.tokenHash());
            s.roster.restore(client, h, r.game().actor(h.state()));
            held.add(h.state() + (h.handed() ? " kept for " : h.away() ? " kept for away " : " by ") + h.person());
        }
        s.forgetWith(() -> sessions.retire(s));
        sessions.add(s);
        s.wake();
        LOG.info("session {} ({}) recovered at day {} after {} ticks, {}{}", o.getSessionId(), o.getJoinCode(), r.game().day(), r.ticks(),
                r.started() ? "paused" : "waiting", held.isEmpty() ? "" : "; held: " + String.join(", ", held));
        if (restored != null) {
            String text = "session " + o.getSessionId() + " (" + o.getJoinCode() + ") is restored as it stood before the damage in its"
                    + " journal, at day " + r.game().day() + "; " + restored;
            LOG.warn(text);
            recoveryNotices.add(SessionNotice.newBuilder().setSessionId(o.getSessionId()).setKind("recovery").setText(text).build());
        }
        return true;
    }

    /**
     * Keeps a session found ended listed, as it ended, for the facilitator and for those who
     * played in it. The players who held a state at the end are known again, as after any restart,
     * so that a resume token given in the grace period finds the session; one not resumed by then
     * is forgotten.
     */
    private void keepEnded(Path file, SessionReplay.Result r) {
        JournalOpened o = r.opened();
        Game g = r.game();
        Set<String> members = new HashSet<>(r.playerTokens());
        SessionInfo info = SessionInfo.newBuilder().setSessionId(o.getSessionId()).setJoinCode(o.getJoinCode())
                .setTitle(r.settings().getTitle()).setSettings(r.settings()).setPhase(SessionPhase.ENDED).setDay(g.day())
                .setDays(g.days()).setScenarioTitle(g.setting().title()).setEndedUnixMillis(r.endedUnixMillis())
                .setDaysPlayed(g.day()).build();
        sessions.ended(new EndedSession(info, file, members));
        for (SeatHolder h : r.seats().values()) {
            if (h.away()) {
                continue;
            }
            Client client = ctx.clients().restore(h.clientId(), h.person(), h.tokenHash());
            try {
                ctx.tickPool().schedule(() -> ctx.clients().forgetIfIdle(client), ctx.settings().grace().toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // the server is stopping anyway
            }
        }
        LOG.info("session {} ({}) found ended after {} days; kept listed", o.getSessionId(), o.getJoinCode(), g.day());
    }

    /**
     * A damaged journal: left as it is (null), or, when the facilitator asked and something
     * comes before the damage, kept as a copy with a note of its damage and cut at the damage;
     * returns what is lost and where the copy is. Every step leaves a whole journal under the
     * journal's name: the copy is made and synced first, and the cut journal replaces the
     * damaged one by a rename.
     */
    private String cutAtDamage(Path dir, Path file, JournalReader.Contents c, DamagePolicy damaged) {
        JournalDamage d = c.damage();
        String id = dir.getFileName().toString();
        if (damaged == DamagePolicy.KEEP || c.entries().isEmpty()) {
            report(dir, "the journal of session " + id + " is " + d.describe() + ". The file is left as it is, and the session is not"
                    + " recovered" + (c.entries().isEmpty() ? ": nothing before the damage can be restored"
                    : "; started with --recover-until-damage, the server restores it as it stood before the damage"), null);
            return null;
        }
        long at = ctx.clock().unixMillis();
        Path kept = dir.resolve("journal-damaged-" + at + ".casus");
        Path note = dir.resolve("journal-damaged-" + at + ".txt");
        Path cut = dir.resolve(JournalFormat.FILE + ".cut");
        try {
            Files.copy(file, kept);
            sync(kept);
            Files.writeString(note, "This is the journal of session " + id + " as it was when the server found it damaged, at "
                    + java.time.Instant.ofEpochMilli(at) + ".\nIt is " + d.describe() + ".\nThe session was restored from its first "
                    + c.validLength() + " bytes, its " + c.entries().size() + " records before the damage; " + JournalFormat.FILE
                    + " holds them.\n", StandardCharsets.UTF_8);
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(cut, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                         StandardOpenOption.WRITE)) {
                for (long done = 0; done < c.validLength(); ) {
                    done += in.transferTo(done, c.validLength() - done, out);
                }
                out.force(true);
            }
            Files.move(cut, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            sync(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the damaged journal " + file + " at its damage", e);
        }
        return "its journal was " + d.describe() + "; the damaged journal is kept as " + kept.getFileName();
    }

    /** Syncs a file, or a directory's entries, to the disk. */
    private static void sync(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            ch.force(true);
        }
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
