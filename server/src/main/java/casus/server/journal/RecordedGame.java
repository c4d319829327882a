package casus.server.journal;

import casus.engine.model.FactChange;
import casus.engine.model.Injectable;
import casus.engine.run.Outcome;
import casus.engine.run.Prologue;
import casus.server.game.Game;
import casus.v1.JournalEntry;
import casus.v1.JournalInput;
import casus.v1.JournalOpened;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * A recorded session read for a study: its opening up to a given tick, as a {@link Prologue} the
 * engine plays again before each continuation, and how the game itself turned out.
 *
 * @param opened the journal's first record: the scenario, seed and settings
 * @param prologue the game's days before {@code fromTick}
 * @param ticks the days the game played in all
 * @param finished whether the game played its scenario's last day
 * @param ended whether the session was ended (by the facilitator, or at the last day)
 * @param outcome the game's outcome as it stood after its last tick
 */
public record RecordedGame(JournalOpened opened, Prologue prologue, int ticks, boolean finished, boolean ended, Outcome outcome) {

    /** Whether the game's outcome is final: it played to the end or the session was ended. */
    public boolean concluded() {
        return finished || ended;
    }

    /**
     * Reads a journal and records its first {@code fromTick} days. Every tick is replayed and
     * checked against the journal, to the end, so that the game's own outcome is known.
     *
     * @throws JournalException when the journal is unreadable or damaged, diverges on replay, or
     *     has fewer than {@code fromTick} ticks
     */
    public static RecordedGame read(Path journal, int fromTick) {
        Path file = SessionReplay.journalFile(journal);
        List<JournalEntry> entries = JournalReader.read(file).undamaged(file);
        JournalOpened opened = SessionReplay.opened(file, entries);
        if (fromTick < 0) {
            throw new JournalException("--from-tick must be 0 or more, got " + fromTick);
        }
        Game game = Game.open(opened, new PrintWriter(Writer.nullWriter()), false, SessionReplay.RECENT_DAYS);
        Prologue.Builder prologue = Prologue.builder(game.madeFrom(), opened.getSettings().getSeed());
        SessionReplay.Walk walk = SessionReplay.walk(file, entries, game, new SessionReplay.Steps() {
            @Override
            public void input(JournalInput in, int ticks) {
                if (ticks < fromTick) {
                    record(game, in, prologue);
                }
            }

            @Override
            public void ticked(Game g, int ticks) {
                if (ticks < fromTick) {
                    prologue.played(g.simulation());
                }
            }
        });
        int ticks = walk.ticks();
        if (fromTick > ticks) {
            throw new JournalException(file + ": the game played " + ticks + " ticks, fewer than --from-tick " + fromTick);
        }
        return new RecordedGame(opened, prologue.build(), ticks, game.finished(), walk.ended(), game.simulation().outcome());
    }

    /** Notes what an input changes in the engine's world; orders and control are read from the tick. */
    private static void record(Game game, JournalInput in, Prologue.Builder prologue) {
        if (in.hasInject()) {
            Injectable i = game.setting().injectable(in.getInject().getEventId());
            if (i != null) {
                prologue.inject(i.on(game.day()));
            }
        } else if (in.hasFacts()) {
            for (casus.v1.FactChange c : in.getFacts().getChangesList()) {
                prologue.change(new FactChange(c.getPath(), c.getValue()));
            }
        }
    }
}
