package casus.cli;

import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.run.Outcome;
import casus.engine.run.Prologue;
import casus.engine.run.Recorder;
import casus.engine.scenario.Source;
import casus.engine.study.Design;
import casus.engine.study.Placement;
import casus.engine.study.Slice;
import casus.engine.study.Study;
import casus.server.journal.JournalException;
import casus.server.journal.OpenedSources;
import casus.server.journal.RecordedGame;
import casus.server.journal.SessionReplay;
import casus.studies.Coverage;
import casus.studies.Json;
import casus.studies.Manifest;
import casus.studies.PointStats;
import casus.studies.Shell;
import casus.studies.StudyOutput;
import casus.v1.JournalOpened;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code casus batch --journal FILE --from-tick K}: seeded continuations of a recorded game from
 * tick K, agents playing every state, and where the game's own ending falls among them. The
 * table and the JSON are those of a one-point batch, with the game's standing added.
 */
final class Continuations {
    private Continuations() {
    }

    /** Reads a recorded game for a study from tick {@code fromTick}; a broken journal is bad input. */
    static RecordedGame read(Path journal, int fromTick) {
        if (!Files.isRegularFile(SessionReplay.journalFile(journal))) {
            throw new BadInputException("no journal at " + journal);
        }
        try {
            return RecordedGame.read(journal, fromTick);
        } catch (JournalException | java.io.UncheckedIOException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** A study of {@code runs} continuations of the game, run {@code i} reseeded as run {@code i} of a batch with this seed. */
    static Study study(RecordedGame game, int runs, long seed) {
        Prologue prologue = game.prologue();
        return new Study(prologue.setting(), Design.single(), runs, seed, (setting, s, workspace) -> prologue.play(s, Recorder.NONE, workspace));
    }

    /** The manifest of a study of continuations: a scenario study's, with the journal's texts as its files and the journal named. */
    static Manifest manifest(Path journal, RecordedGame game, Study study) {
        JournalOpened o = game.opened();
        List<String> words = List.of("casus", "batch", "--journal", journal.toString(), "--from-tick", Integer.toString(game.prologue().days()),
                "--runs", Integer.toString(study.runs()), "--seed", Long.toString(study.seed()));
        List<Source> files = OpenedSources.of(o).files();
        Manifest.Facts facts = new Manifest.Facts(new Manifest.Build(Version.current(), Version.commit(), Version.dirty()), Shell.join(words),
                words, o.getSettings().getScenario(), files, study, List.of(), List.of(), List.of(), 0, true);
        return Manifest.of(facts, Coverage.of(Slice.whole(study.totalRuns()))).withJournal(journal.toString(), o.getSessionId(),
                game.prologue().days());
    }

    /**
     * Runs the continuations and prints the summary; with {@code outDir}, writes the study's files
     * there too. Returns the exit status.
     */
    static int run(PrintWriter out, PrintWriter err, Path journal, RecordedGame game, Study study, int threads, BatchCommand.Format format,
            Path outDir) {
        Placement placement = new Placement(game.outcome());
        Slice whole = Slice.whole(study.totalRuns());
        try (Interruption stop = Interruption.watch()) {
            StudyOutput output = outDir == null ? null : StudyOutput.start(outDir, manifest(journal, game, study), study, whole);
            try (StudyExecution done = StudyExecution.run(study, whole, threads, err, output, placement::add, stop)) {
                if (done.interrupted()) {
                    err.println(BatchCommand.stopped(whole, done.done(), outDir));
                    err.flush();
                    return Interruption.STATUS;
                }
                print(out, err, journal, game, study, threads, format, outDir, placement, done);
                return 0;
            }
        }
    }

    private static void print(PrintWriter out, PrintWriter err, Path journal, RecordedGame game, Study study, int threads, BatchCommand.Format format,
            Path outDir, Placement placement, StudyExecution done) {
        double perSecond = done.runsPerSecond();
        List<String> actors = StudyExecution.actors(study);
        PointStats p = done.single();
        if (format == BatchCommand.Format.none) {
            if (outDir != null) {
                done.tellWritten(out, err, false, outDir);
            }
            return;
        }
        if (format == BatchCommand.Format.json) {
            JsonObject o = SinglePointSummary.json(study.setting().id(), study.seed(), threads, p, actors, perSecond);
            o.addProperty("journal", journal.toString());
            o.addProperty("from_tick", game.prologue().days());
            o.add("game", json(game, placement, study));
            out.println(Json.PRETTY.toJson(o));
        } else {
            out.println(String.format(Locale.ROOT, "%s, continued from tick %d of the recorded game %s (join code %s); agents play every state.",
                    study.setting().id(), game.prologue().days(), game.opened().getSessionId(), game.opened().getJoinCode()));
            SinglePointSummary.table(out, study.setting().id(), study.seed(), threads, p, actors, perSecond);
            out.println();
            table(out, game, placement, study);
            out.println();
            out.println(String.format(Locale.ROOT, "Run i continues with the seed of run i of any batch with --seed %d; the first, for one:",
                    study.seed()));
            out.println(String.format(Locale.ROOT, "  casus run --journal %s --from-tick %d --seed %d", journal, game.prologue().days(),
                    study.seedOf(0)));
        }
        if (outDir != null) {
            done.tellWritten(out, err, format == BatchCommand.Format.table, outDir);
        }
        out.flush();
    }

    /** How the game stood when its journal ends, in words. */
    private static String ending(RecordedGame game, Study study) {
        int days = study.setting().days();
        if (game.finished()) {
            return "played to its last day (" + game.ticks() + " of " + days + ")";
        }
        if (game.ended()) {
            return "ended by the facilitator after " + game.ticks() + " of " + days + " days; its outcome as it stood then";
        }
        return "not over: the journal ends after " + game.ticks() + " of " + days + " days";
    }

    private static void table(PrintWriter out, RecordedGame game, Placement placement, Study study) {
        out.println("The game itself: " + ending(game, study) + ".");
        if (!game.concluded()) {
            out.println("It has no ending yet to place among the continuations.");
            return;
        }
        Outcome o = game.outcome();
        out.println();
        out.println(String.format(Locale.ROOT, "%-30s %7s %9s   %s", "outcome", "game", "p(alike)", "95% interval"));
        for (Flag f : Flag.values()) {
            double[] ci = placement.sameAsInterval(f);
            out.println(String.format(Locale.ROOT, "%-30s %7s %9.3f   [%.3f, %.3f]", f.key(), o.flag(f) ? "yes" : "no", placement.sameAs(f),
                    ci[0], ci[1]));
        }
        double[] ci = placement.sameBrokerInterval();
        out.println(String.format(Locale.ROOT, "%-30s %7s %9.3f   [%.3f, %.3f]", "ceasefire_broker", o.brokerId(study.setting()),
                placement.sameBroker(), ci[0], ci[1]));
        out.println();
        out.println(String.format(Locale.ROOT, "%-30s %10s %12s", "metric", "game", "percentile"));
        for (Metric m : Metric.values()) {
            out.println(String.format(Locale.ROOT, "%-30s %10.2f %12.1f", m.key(), o.metric(m), placement.percentileRank(m)));
        }
        out.println();
        out.println("p(alike): the share of continuations that came out as the game did. percentile: the game's value among the");
        out.println("continuations' (ties count half); near 0 or 100, the game's ending was rare for where it stood at tick "
                + game.prologue().days() + ".");
    }

    private static JsonObject json(RecordedGame game, Placement placement, Study study) {
        JsonObject g = new JsonObject();
        g.addProperty("session", game.opened().getSessionId());
        g.addProperty("seed", game.opened().getSettings().getSeed());
        g.addProperty("ticks", game.ticks());
        g.addProperty("finished", game.finished());
        g.addProperty("ended", game.ended());
        g.addProperty("concluded", game.concluded());
        if (!game.concluded()) {
            return g;
        }
        Outcome o = game.outcome();
        JsonObject outcomes = new JsonObject();
        for (Flag f : Flag.values()) {
            outcomes.add(f.key(), alike(o.flag(f), placement.sameAs(f), placement.sameAsInterval(f)));
        }
        JsonObject broker = alike(null, placement.sameBroker(), placement.sameBrokerInterval());
        broker.addProperty("observed", o.brokerId(study.setting()));
        outcomes.add("ceasefire_broker", broker);
        g.add("outcomes", outcomes);
        JsonObject metrics = new JsonObject();
        for (Metric m : Metric.values()) {
            JsonObject x = new JsonObject();
            x.addProperty("observed", SinglePointSummary.round(o.metric(m)));
            x.addProperty("below", SinglePointSummary.round(placement.below(m)));
            x.addProperty("equal", SinglePointSummary.round(placement.equal(m)));
            x.addProperty("percentile_rank", SinglePointSummary.round(placement.percentileRank(m)));
            metrics.add(m.key(), x);
        }
        g.add("metrics", metrics);
        return g;
    }

    private static JsonObject alike(Boolean observed, double p, double[] ci) {
        JsonObject x = new JsonObject();
        if (observed != null) {
            x.addProperty("observed", observed);
        }
        x.addProperty("p_alike", SinglePointSummary.round(p));
        JsonArray a = new JsonArray();
        a.add(SinglePointSummary.round(ci[0]));
        a.add(SinglePointSummary.round(ci[1]));
        x.add("ci95", a);
        return x;
    }
}
