package casus.studies;

import casus.engine.study.Tally;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what a study's directory derives from its manifest and its tallies: the summaries, the
 * plots and the report. The same tallies give the same files, byte for byte, which is what makes
 * merged shards equal to an unsplit study.
 */
public final class Derived {
    private Derived() {
    }

    public static void write(Path dir, Manifest m) {
        List<PointStats> points = new ArrayList<>();
        Tally pooled = new Tally(m.actors().size());
        List<Tally> few = new ArrayList<>();
        Tallies.read(dir, m.actors(), (point, values, tally, line) -> {
            points.add(PointStats.of(point, values, tally));
            pooled.merge(tally);
            // Kept for histograms by point only while there are few points: memory must not grow with a study's points.
            if (points.size() <= Charts.HISTOGRAM_POINTS) {
                few.add(tally);
            }
        });
        List<Outcomes.Outcome> outcomes = Outcomes.of(points, m.actors());
        try (PrintWriter out = writer(dir.resolve(SummaryCsv.FILE))) {
            SummaryCsv.write(out, m.factors(), outcomes, points);
        }
        try (PrintWriter out = writer(dir.resolve(SummaryJson.FILE))) {
            out.print(Json.PRETTY.toJson(SummaryJson.of(m, outcomes, points)));
            out.print('\n');
        }
        List<String> plots = new ArrayList<>(Charts.write(dir, m, outcomes, points, pooled,
                points.size() <= Charts.HISTOGRAM_POINTS ? few : List.of()));
        if (m.trajectories() > 0) {
            plots.addAll(Trajectories.plots(dir, m, points));
        }
        try (PrintWriter out = writer(dir.resolve(ReportMarkdown.FILE))) {
            ReportMarkdown.write(out, m, outcomes, points, plots);
        }
    }

    static PrintWriter writer(Path file) {
        try {
            return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
