package casus.server.journal;

import casus.server.game.Game;
import casus.server.game.TickResult;
import casus.v1.ControlChange;
import casus.v1.ControlInput;
import casus.v1.JournalEntry;
import casus.v1.JournalInput;
import casus.v1.JournalOpened;
import casus.v1.SeatInput;
import casus.v1.SessionRecord;
import casus.v1.SessionSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays a session from its journal: reruns the engine with the journal's scenario, seed and
 * inputs, tick by tick, checking each tick against the digest the live session wrote. Gives the
 * chronicle the live session wrote, byte for byte, and the session's record, the same the
 * facilitator exports live. Recovery after a crash uses it too.
 */
public final class SessionReplay {
    /** The default number of days of decisions a briefing recalls. */
    static final int RECENT_DAYS = 7;

    /**
     * A replayed session.
     *
     * @param settings the settings as they stand at the end (tick length and deadline may have changed)
     * @param started whether the facilitator ever started it
     * @param seats every seat a person holds or that is kept for one, by state id
     * @param validLength where the journal's whole records end (before the damage, if any)
     * @param tornBytes the length of a torn tail after them, 0 when none
     * @param damage the damage the replay stopped at, or null when the journal has none
     * @param playerTokens the resume-token hashes of every connection that ever held a state:
     *     taken, or reclaimed with its seat key
     */
    public record Result(Game game, JournalOpened opened, SessionSettings settings, boolean started, boolean ended,
            Map<String, SeatHolder> seats, long validLength, long tornBytes, int ticks, JournalDamage damage,
            long endedUnixMillis, Set<String> playerTokens) {
    }

    private SessionReplay() {
    }

    /** The journal file of a session directory, or the path itself when it is a file. */
    public static Path journalFile(Path path) {
        return Files.isDirectory(path) ? path.resolve(JournalFormat.FILE) : path;
    }

    /** The chronicle file the live session keeps next to its journal. */
    public static Path chronicleFile(Path sessionDir) {
        return sessionDir.resolve(JournalFormat.CHRONICLE);
    }

    /**
     * Replays a journal, writing its chronicle to {@code chronicle}.
     *
     * @throws JournalException when the journal is damaged, or cannot be replayed
     */
    public static Result replay(Path journal, PrintWriter chronicle, boolean keepRecord, int recentDays) {
        return replay(journal, chronicle, keepRecord, recentDays, false);
    }

    /**
     * Replays a journal; with {@code untilDamage}, a damaged one up to its damage, which the
     * result describes.
     */
    public static Result replay(Path journal, PrintWriter chronicle, boolean keepRecord, int recentDays, boolean untilDamage) {
        Path file = journalFile(journal);
        JournalReader.Contents contents = JournalReader.read(file);
        List<JournalEntry> entries = untilDamage ? contents.entries() : contents.undamaged(file);
        JournalOpened opened = opened(file, entries);
        Game game = Game.open(opened, chronicle, keepRecord, recentDays);
        SessionSettings.Builder settings = opened.getSettings().toBuilder();
        Map<String, SeatHolder> seats = new LinkedHashMap<>();
        Set<String> players = new LinkedHashSet<>();
        boolean[] started = {false};
        Walk walk = walk(file, entries, game, new Steps() {
            @Override
            public void input(JournalInput in, int ticks) {
                if (in.hasControl()) {
                    ControlInput c = in.getControl();
                    if (c.getKind() == ControlChange.Kind.TAKEN) {
                        seats.put(c.getState(), new SeatHolder(c.getState(), c.getClientName(), c.getClientId(), c.getTokenHash(),
                                c.getSeatKeyHash(), false, false));
                        players.add(c.getTokenHash());
                    } else {
                        seats.remove(c.getState());
                    }
                } else if (in.hasSeat()) {
                    seat(seats, in.getSeat());
                    if (in.getSeat().getKind() == SeatInput.Kind.RECLAIMED) {
                        players.add(in.getSeat().getTokenHash());
                    }
                } else if (in.hasPace()) {
                    started[0] |= in.getPace().getKind().equals("start");
                    if (in.getPace().getKind().equals("tick-length")) {
                        settings.setTickMillis(in.getPace().getTickMillis()).setDeadlineMillis(in.getPace().getDeadlineMillis());
                    }
                }
            }
        });
        chronicle.flush();
        return new Result(game, opened, settings.build(), started[0], walk.ended(), seats, contents.validLength(), contents.tornBytes(),
                walk.ticks(), contents.damage(), walk.endedUnixMillis(), players);
    }

    /** A seat kept while its person is away, reclaimed, or handed to a person not there. */
    private static void seat(Map<String, SeatHolder> seats, SeatInput s) {
        switch (s.getKind()) {
            case AWAY -> seats.computeIfPresent(s.getState(), (k, v) -> v.gone());
            case RECLAIMED -> seats.computeIfPresent(s.getState(), (k, v) -> v.back(s.getClientId(), s.getTokenHash()));
            case HANDED -> seats.put(s.getState(), new SeatHolder(s.getState(), s.getPerson(), "", "", "", true, true));
            default -> {
                // a seat's policy is the game's
            }
        }
    }

    /** What a walk through a journal tells its caller beside the game: each input before it is applied, each tick after it ran. */
    interface Steps {
        default void input(JournalInput in, int ticks) {
        }

        default void ticked(Game game, int ticks) {
        }
    }

    /** How a walk through a journal ended: the ticks it played, and whether (and when) the session was ended. */
    record Walk(int ticks, boolean ended, long endedUnixMillis) {
    }

    /**
     * Plays a journal's records after the first into a game opened from it, checking each tick
     * against the digest the live session wrote; {@code steps} hears every input and tick.
     */
    static Walk walk(Path file, List<JournalEntry> entries, Game game, Steps steps) {
        boolean ended = false;
        long endedAt = 0;
        int ticks = 0;
        for (int i = 1; i < entries.size(); i++) {
            JournalEntry e = entries.get(i);
            switch (e.getKindCase()) {
                case INPUT -> {
                    steps.input(e.getInput(), ticks);
                    game.apply(e.getInput());
                }
                case TICK -> {
                    TickResult r = game.tick();
                    if (r.day() != e.getTick().getDay() || r.digest() != e.getTick().getDigest()) {
                        throw new JournalException(file + ": the replay diverges from the journal at day " + e.getTick().getDay());
                    }
                    steps.ticked(game, ticks);
                    ticks++;
                }
                case ENDED -> {
                    game.end(e.getEnded().getReason(), e.getEnded().getUnixMillis());
                    ended = true;
                    endedAt = e.getEnded().getUnixMillis();
                }
                default -> throw new JournalException(file + ": record " + i + " is of no known kind");
            }
        }
        return new Walk(ticks, ended, endedAt);
    }

    /** The first record of a journal, which opens its session, checked for a format this server reads. */
    static JournalOpened opened(Path file, List<JournalEntry> entries) {
        if (entries.isEmpty() || !entries.get(0).hasOpened()) {
            throw new JournalException(file + ": the first record does not open a session");
        }
        JournalOpened opened = entries.get(0).getOpened();
        if (opened.getFormat() != JournalFormat.FORMAT) {
            throw new JournalException(file + ": journal format " + opened.getFormat() + ", this server reads " + JournalFormat.FORMAT);
        }
        return opened;
    }

    /** The chronicle of a journal's session, as its live session wrote it. */
    public static String chronicle(Path journal) {
        StringWriter text = new StringWriter();
        replay(journal, new PrintWriter(text), false, RECENT_DAYS);
        return text.toString();
    }

    /** The whole record of a journal's session, as the facilitator exports it live. */
    public static SessionRecord record(Path journal) {
        return replay(journal, new PrintWriter(Writer.nullWriter()), true, RECENT_DAYS).game().record();
    }
}
