package casus.studies;

import casus.engine.model.Parameter;
import casus.engine.run.Outcome;
import casus.engine.sensitivity.Measure;
import casus.engine.sensitivity.Replicates;
import casus.engine.study.Block;
import casus.engine.study.Factor;
import casus.engine.study.Study;
import casus.engine.study.StudyException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The {@code runs.csv} of a sensitivity analysis: the rows of its studies (one-at-a-time and
 * Saltelli's, or Morris's) one after the other, each opened by a {@code design} column naming its
 * study, then the columns of a batch study's {@code runs.csv}. Runs are counted over the studies
 * in order, which is how {@code --shard} splits them; the analysis reads the rows back, so a
 * merged output gives exactly the analysis of an unsplit one.
 */
public final class SensitivityRuns {
    public static final String DESIGN = "design";

    private SensitivityRuns() {
    }

    public static String header(Study study) {
        return RunsCsv.header(List.of(DESIGN), study.design().factors().stream().map(Factor::path).toList(),
                study.drawn().stream().map(Parameter::path).toList());
    }

    /** Formats the rows of a block of the study named {@code design}. */
    public static Function<Block, String> encoder(String design, Study study, List<String> actors) {
        return RunsCsv.encoder(design + ",", study.design(), study.drawn().size(), actors);
    }

    /** The first run-wide index of each study, and the total after the last. */
    public static long[] offsets(List<Study> studies) {
        long[] out = new long[studies.size() + 1];
        for (int d = 0; d < studies.size(); d++) {
            out[d + 1] = out[d] + studies.get(d).totalRuns();
        }
        return out;
    }

    /** A row's index over every run of the studies. */
    public static ToLongFunction<String> index(List<String> designs, List<Study> studies) {
        long[] offsets = offsets(studies);
        return line -> {
            int comma = line.indexOf(',');
            int d = designs.indexOf(line.substring(0, comma));
            if (d < 0) {
                throw new StudyException("a row of " + RunsCsv.FILE + " names no design of this analysis: " + line);
            }
            return offsets[d] + RunsCsv.index(line.substring(comma + 1), studies.get(d).runs());
        };
    }

    /** Adds the measure's value in every run of the file to the replicates of its study; returns them. */
    public static List<Replicates> read(Path dir, List<String> designs, List<Replicates> out, Measure measure, List<String> actors) {
        Path file = dir.resolve(RunsCsv.FILE);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = Arrays.asList(in.readLine().split(",", -1));
            String name = measure.flag() != null ? measure.flag().key() : measure.metric() != null ? measure.metric().key() : "ceasefire_broker";
            int column = header.indexOf(name);
            if (column < 0) {
                throw new StudyException(file + " has no column " + name);
            }
            String broker = measure.probability() && measure.flag() == null ? Outcome.brokerName(measure.broker(), actors::get) : null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                int d = designs.indexOf(cells[0]);
                String cell = cells[column];
                double value = broker != null ? (cell.equals(broker) ? 1 : 0) : cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                out.get(d).add(Integer.parseInt(cells[1]), Integer.parseInt(cells[2]), value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }
}
