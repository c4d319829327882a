package casus.studies;

import casus.engine.batch.Seeds;
import casus.engine.batch.Wilson;
import casus.engine.run.Metric;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code report.md}: what the study was (the exact command line, the build, the scenario files and
 * their digests, the seed), which files hold what, each point's outcomes and metrics, the plots,
 * and how to replay any single run.
 */
public final class ReportMarkdown {
    public static final String FILE = "report.md";
    /** Points shown side by side in a table; more are left to summary.csv. */
    static final int TABLE_POINTS = 12;

    private ReportMarkdown() {
    }

    /**
     * The report of a study of {@code points} points, given the first of them: {@link #TABLE_POINTS}
     * of them, or all when there are fewer.
     */
    public static void write(PrintWriter out, Manifest m, List<Outcomes.Outcome> outcomes, List<PointStats> first, long points, List<String> plots) {
        out.print("# Study of " + m.scenarioId() + "\n\n");
        out.print("    " + m.command() + "\n\n");
        out.print(String.format(Locale.ROOT, "Casus %s, commit %s%s. %s points \u00d7 %s runs = %s runs, master seed %d; run *i* of every point "
                + "uses the seed mixed from the master seed and *i*, so the points are compared on the same random numbers.\n\n",
                m.version(), m.commit(), m.dirty() ? " (built with uncommitted changes)" : "", thousands(m.points()),
                thousands(m.runsPerPoint()), thousands(m.totalRuns()), m.seed()));
        out.print("Scenario files (SHA-256 of their text):\n\n");
        for (String f : m.files()) {
            String[] parts = f.split(" ", 2);
            out.print("- `" + parts[0] + "` `" + parts[1] + "`\n");
        }
        out.print("\n");
        if (!m.sets().isEmpty()) {
            out.print("Facts set for the whole study: " + code(m.sets()) + ".\n\n");
        }
        if (!m.factors().isEmpty()) {
            out.print("Factors: " + code(m.factors()) + ".\n\n");
        }
        if (m.journal() != null) {
            out.print("Each run continues the recorded game in `" + m.journal() + "` from tick " + m.fromTick() + ": the game's first "
                    + m.fromTick() + " days as they were played, then agents for every state, reseeded with the run's seed.\n\n");
        }
        if (!m.drawn().isEmpty()) {
            out.print((m.journal() == null ? "Facts each run draws afresh from the scenario's ranges: "
                    : "Facts the game drew from the scenario's ranges, the same in every run: ") + code(m.drawn()) + ".\n\n");
        }
        if (!m.complete()) {
            out.print("**Partial output**: it holds runs " + m.coverage() + " of the study's " + thousands(m.totalRuns())
                    + " (counted over the whole study). Combine it with the other shards by `casus merge`.\n\n");
        }
        out.print("## Files\n\n");
        out.print("| file | holds |\n| --- | --- |\n");
        if (m.rows()) {
            out.print("| `runs.csv` | one row per run: point, run, seed, the factors, the drawn facts, every outcome and metric |\n");
        }
        out.print("| `summary.csv`, `summary.json` | per point: each outcome's share of runs with its 95% Wilson interval; each metric's mean "
                + "with its standard error and 95% interval, and its 5th, 50th and 95th percentiles |\n");
        if (m.trajectories() > 0) {
            out.print("| `trajectories.csv.gz` | the daily indicators of the first " + m.trajectories() + " runs at each point: point, run, day, "
                    + "territory held, territory changed, severity, casualties, the victim's belief in its allies, the alliance's credibility |\n");
        }
        out.print("| `tallies.jsonl` | each point's exact accumulators, from which the summaries are made and shards are merged |\n");
        out.print("| `manifest.json` | the build, the command, the scenario files' digests, the seed and every parameter |\n");
        out.print("| `plots/` | each outcome against each factor with its 95% Wilson band, a heatmap of each outcome over two swept factors, "
                + "and each metric's histogram per point |\n\n");
        if (!first.isEmpty()) {
            tables(out, m, outcomes, first, points);
            replay(out, m, first.get(0));
        }
        if (!plots.isEmpty()) {
            out.print("## Plots\n\n");
            for (String p : plots) {
                out.print("![" + p + "](" + p + ")\n\n");
            }
        }
        out.flush();
    }

    private static void tables(PrintWriter out, Manifest m, List<Outcomes.Outcome> outcomes, List<PointStats> first, long points) {
        List<PointStats> shown = first.subList(0, Math.min(TABLE_POINTS, first.size()));
        out.print("## Outcomes\n\n");
        if (shown.size() < points) {
            out.print("The first " + TABLE_POINTS + " of " + points + " points; every point is in `summary.csv`.\n\n");
        }
        out.print("Share of runs, with its 95% interval.\n\n");
        header(out, m, shown);
        for (Outcomes.Outcome o : outcomes) {
            StringBuilder row = new StringBuilder("| " + o.name() + " |");
            for (PointStats p : shown) {
                long k = p.count(o);
                double[] ci = Wilson.interval(k, p.runs());
                row.append(String.format(Locale.ROOT, " %.3f [%.3f, %.3f] |", (double) k / Math.max(1, p.runs()), ci[0], ci[1]));
            }
            out.print(row + "\n");
        }
        out.print("\n## Metrics\n\nMean \u00b1 its standard error, and the 5th to 95th percentile.\n\n");
        header(out, m, shown);
        for (Metric metric : Metric.values()) {
            StringBuilder row = new StringBuilder("| " + metric.key() + " |");
            for (PointStats p : shown) {
                double[] s = p.metrics()[metric.ordinal()];
                row.append(String.format(Locale.ROOT, " %s \u00b1 %s (%s\u2013%s) |", fmt(s[0]), fmt(p.meanErrors()[metric.ordinal()]), fmt(s[1]),
                        fmt(s[3])));
            }
            out.print(row + "\n");
        }
        out.print("\n");
    }

    private static void header(PrintWriter out, Manifest m, List<PointStats> shown) {
        StringBuilder h = new StringBuilder("| point |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (PointStats p : shown) {
            h.append(' ').append(p.point()).append(" |");
            rule.append(" --- |");
        }
        out.print(h + "\n" + rule + "\n");
        for (int j = 0; j < m.factors().size(); j++) {
            StringBuilder row = new StringBuilder("| `" + m.factors().get(j) + "` |");
            boolean swept = m.swept().get(j);
            for (PointStats p : shown) {
                row.append(' ').append(swept ? Num.format(p.values()[j]) : Num.brief(p.values()[j])).append(" |");
            }
            out.print(row + "\n");
        }
        StringBuilder runs = new StringBuilder("| runs |");
        for (PointStats p : shown) {
            runs.append(' ').append(p.runs()).append(" |");
        }
        out.print(runs + "\n");
    }

    private static void replay(PrintWriter out, Manifest m, PointStats first) {
        String seed = Long.toString(Seeds.of(m.seed(), firstRun(m, first)));
        List<String> cmd = new ArrayList<>(m.journal() == null ? List.of("casus", "run", "--scenario", m.scenarioGiven(), "--seed", seed)
                : List.of("casus", "run", "--journal", m.journal(), "--from-tick", Integer.toString(m.fromTick()), "--seed", seed));
        for (String s : m.sets()) {
            cmd.add("--set");
            cmd.add(s);
        }
        for (int j = 0; j < m.factors().size(); j++) {
            cmd.add("--set");
            cmd.add(m.factors().get(j) + "=" + Num.format(first.values()[j]));
        }
        out.print("## Replaying one run\n\n");
        out.print("Each row of `runs.csv` gives its point's factor values and its seed. `casus run` with that seed, the study's "
                + "`--set` facts and the point's values repeats the run alone and prints its chronicle, day by day with the reasons "
                + "for every decision. Run " + firstRun(m, first) + " of point " + first.point() + ":\n\n");
        out.print("    " + Shell.join(cmd) + "\n\n");
    }

    private static long firstRun(Manifest m, PointStats first) {
        long start = m.coverage().slices().isEmpty() ? 0 : m.coverage().slices().get(0).from();
        long index = Math.max(start, (long) first.point() * m.runsPerPoint());
        return index - (long) first.point() * m.runsPerPoint();
    }

    private static String code(List<String> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add("`" + i + "`"));
        return String.join(", ", out);
    }

    private static String thousands(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
