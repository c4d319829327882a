package casus.studies;

import casus.engine.batch.Quantiles;
import casus.engine.run.Daily;
import casus.engine.study.Block;
import casus.engine.study.StudyException;
import java.awt.Color;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code trajectories.csv.gz}: the daily indicators of the runs that record them, a row per run
 * and day, in run order: {@code point, run, day}, then each {@link Daily} indicator. Gzip-compressed
 * CSV rather than a binary format of its own: any CSV reader opens it after {@code gunzip} (pandas
 * and R read it as it is), and the repeated digits of day after day compress about tenfold.
 * Also the envelope plots made from it: for each indicator, the median and the 5–95% band over the
 * runs of a point, day by day.
 *
 * <p>While a study runs, the days are written uncompressed to {@code trajectories.csv.part}, whose
 * checkpointed length a killed study can be carried on from (a gzip stream cut short cannot);
 * the file is compressed once, when the study stops, and decompressed again should it be
 * resumed. Compressing the whole text at once also makes the file the same, byte for byte,
 * however often the study was stopped.
 */
public final class Trajectories {
    public static final String FILE = "trajectories.csv.gz";
    /** The file's text while a study writes it, under {@link PartFile#SUFFIX}. */
    static final String PLAIN = "trajectories.csv";
    /** Points drawn in one envelope plot; a study of more shows this many, spread over its points. */
    public static final int MAX_POINTS = 6;
    private static final Color[] COLORS = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b)
    };

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Trajectories() {
    }

    public static String header() {
        List<String> cols = new ArrayList<>(List.of("point", "run", "day"));
        for (Daily d : Daily.values()) {
            cols.add(d.key());
        }
        return String.join(",", cols);
    }

    /** The text of a new study's days, its header written. */
    static PartFile create(Path dir) {
        PartFile f = PartFile.create(dir, PLAIN);
        f.write(header() + "\n");
        return f;
    }

    /** The text of a resumed study's days, after its first {@code keep} bytes. */
    static PartFile append(Path dir, long keep) {
        return PartFile.append(dir, PLAIN, keep);
    }

    /**
     * Puts the days of a study that stopped back into their text to be written on, decompressing
     * the file when the text is gone; returns the text's length.
     */
    static long reopen(Path dir) {
        Path text = PartFile.partOf(dir.resolve(PLAIN));
        Path file = dir.resolve(FILE);
        try {
            if (!Files.exists(text)) {
                if (!Files.exists(file)) {
                    throw new StudyException(dir + ": " + FILE + " is missing; start the study again in a new directory");
                }
                // decompressed under a name of its own, so that a text under its working name is always whole
                try (PartFile f = PartFile.create(dir, text.getFileName().toString()); InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    in.transferTo(f.stream());
                    f.commit(true);
                }
                Files.delete(file);
            }
            return Files.size(text);
        } catch (IOException e) {
            throw OutputDirectory.failed(text, e);
        }
    }

    /**
     * Compresses the days a study wrote into {@link #FILE} and removes their text; returns what the
     * manifest records of the file, its rows the text's lines.
     */
    static Outputs.Entry compress(Path dir, PartFile days) {
        days.close();
        Path text = PartFile.partOf(dir.resolve(PLAIN));
        Outputs.Entry e = gzip(dir, out -> {
            Files.copy(text, out);
            return days.rows();
        });
        try {
            Files.delete(text);
        } catch (IOException x) {
            throw OutputDirectory.failed(text, x);
        }
        return e;
    }

    /** What is compressed into the file: writes its text, returns the lines written. */
    private interface Text {
        long write(OutputStream out) throws IOException;
    }

    /** Writes {@link #FILE} into {@code dir}, gzip over {@code text}; returns what the manifest records of it. */
    private static Outputs.Entry gzip(Path dir, Text text) {
        try (PartFile f = PartFile.create(dir, FILE)) {
            long rows;
            try (GZIPOutputStream z = new GZIPOutputStream(f.stream(), 1 << 16)) {
                rows = text.write(z);
            }
            Outputs.Entry e = f.commit(false);
            return new Outputs.Entry(e.file(), rows, e.bytes(), e.sha256());
        } catch (IOException e) {
            throw OutputDirectory.failed(dir.resolve(FILE), e);
        }
    }

    /** The rows of the days of every recording run of a block. */
    static String rows(Block b) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < b.size(); i++) {
            double[] days = b.daily(i);
            if (days == null) {
                continue;
            }
            for (int day = 0; day * Daily.COUNT < days.length; day++) {
                out.append(b.point()).append(',').append(b.run(i)).append(',').append(day);
                for (int k = 0; k < Daily.COUNT; k++) {
                    out.append(',').append(Num.format(days[day * Daily.COUNT + k]));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static BufferedReader read(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8));
    }

    /** One point's envelopes: for each day, each indicator's 5th, 50th and 95th percentile over its runs. */
    record Envelope(int point, double[] days, double[][][] bands) {
    }

    /**
     * Draws {@code plots/trajectory_INDICATOR.png} for each indicator, with the envelopes of the
     * points {@link #shown} (in point order); returns what the manifest records of the files.
     */
    static List<Outputs.Entry> plots(Path studyDir, Manifest m, List<PointStats> shown) {
        List<Envelope> envelopes = envelopes(studyDir.resolve(FILE), shown);
        List<Outputs.Entry> files = new ArrayList<>();
        Path dir = studyDir.resolve(Charts.DIR);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trajectory plots in " + dir, e);
        }
        for (Daily d : Daily.values()) {
            files.add(Charts.save(chart(m, d, envelopes, shown), dir, "trajectory_" + d.key() + ".png"));
        }
        return files;
    }

    /** Which of {@code n} points (by their order in the study) are drawn: all, or {@link #MAX_POINTS} spread evenly. */
    static List<Integer> shown(int n) {
        List<Integer> out = new ArrayList<>();
        int k = Math.min(n, MAX_POINTS);
        for (int i = 0; i < k; i++) {
            out.add(k == 1 ? 0 : (int) Math.round((double) i * (n - 1) / (k - 1)));
        }
        return out;
    }

    private static List<Envelope> envelopes(Path file, List<PointStats> shown) {
        List<Integer> wanted = shown.stream().map(PointStats::point).toList();
        List<Envelope> out = new ArrayList<>();
        try (BufferedReader in = read(file)) {
            in.readLine();
            int current = -1;
            List<double[]> rows = new ArrayList<>();
            for (String line = in.readLine(); ; line = in.readLine()) {
                int point = line == null ? -1 : Integer.parseInt(line.substring(0, line.indexOf(',')));
                if (point != current && current >= 0 && wanted.contains(current)) {
                    out.add(envelope(current, rows));
                }
                if (line == null) {
                    break;
                }
                if (point != current) {
                    rows.clear();
                    current = point;
                }
                if (wanted.contains(point)) {
                    rows.add(Arrays.stream(line.split(",")).skip(2).mapToDouble(Double::parseDouble).toArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    /** Rows of day and indicators, of every run at a point. */
    private static Envelope envelope(int point, List<double[]> rows) {
        int days = (int) rows.stream().mapToDouble(r -> r[0]).max().orElse(-1) + 1;
        List<List<double[]>> byDay = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            byDay.add(new ArrayList<>());
        }
        rows.forEach(r -> byDay.get((int) r[0]).add(r));
        double[] x = new double[days];
        double[][][] bands = new double[Daily.COUNT][3][days];
        for (int d = 0; d < days; d++) {
            x[d] = d;
            for (int k = 0; k < Daily.COUNT; k++) {
                final int col = k + 1;
                double[] values = byDay.get(d).stream().mapToDouble(r -> r[col]).sorted().toArray();
                bands[k][0][d] = Quantiles.ofSorted(values, 0.05);
                bands[k][1][d] = Quantiles.ofSorted(values, 0.5);
                bands[k][2][d] = Quantiles.ofSorted(values, 0.95);
            }
        }
        return new Envelope(point, x, bands);
    }

    private static XYChart chart(Manifest m, Daily d, List<Envelope> envelopes, List<PointStats> points) {
        int runs = m.trajectories();
        XYChart c = new XYChartBuilder().width(800).height(500).title(String.format(Locale.ROOT, "%s by day \u2014 %s, %d run%s a point", d.key(),
                m.scenarioId(), runs, runs == 1 ? "" : "s")).xAxisTitle("day").yAxisTitle(d.key()).build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotBackgroundColor(Color.WHITE);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendBorderColor(Color.WHITE);
        c.getStyler().setLocale(Locale.ROOT);
        c.getStyler().setXAxisDecimalPattern("#,##0");
        c.getStyler().setYAxisDecimalPattern("#,##0.###");
        for (int e = 0; e < envelopes.size(); e++) {
            Envelope env = envelopes.get(e);
            Color color = COLORS[e % COLORS.length];
            double[][] band = env.bands()[d.ordinal()];
            int n = env.days().length;
            if (n == 0) {
                continue;
            }
            double[] bx = new double[2 * n];
            double[] by = new double[2 * n];
            for (int i = 0; i < n; i++) {
                bx[i] = env.days()[i];
                by[i] = band[2][i];
                bx[2 * n - 1 - i] = env.days()[i];
                by[2 * n - 1 - i] = band[0][i];
            }
            String name = Charts.label(m.factors(), points.stream().filter(p -> p.point() == env.point()).findFirst().orElseThrow());
            XYSeries area = c.addSeries(name + " 5\u201395%", bx, by);
            area.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            area.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 50));
            area.setLineColor(new Color(0, 0, 0, 0));
            area.setMarker(SeriesMarkers.NONE);
            area.setShowInLegend(false);
            XYSeries median = c.addSeries(name + " (median, 5\u201395% band)", env.days(), band[1]);
            median.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            median.setLineColor(color);
            median.setMarker(SeriesMarkers.NONE);
        }
        return c;
    }

    /** One open file, its next line and the run that line belongs to. */
    private static final class Cursor {
        final BufferedReader in;
        String line;
        long run;

        Cursor(BufferedReader in) {
            this.in = in;
        }

        boolean advance(int runsPerPoint) throws IOException {
            line = in.readLine();
            if (line == null) {
                return false;
            }
            run = RunsCsv.index(line, runsPerPoint);
            return true;
        }
    }

    /**
     * Joins the shards' files in run order, every day of a run kept together; returns what the
     * manifest records of the file.
     *
     * @param stopped asked between runs: once it says yes, the merge stops
     */
    static Outputs.Entry merge(List<Path> sources, Path out, int runsPerPoint, BooleanSupplier stopped) {
        List<BufferedReader> readers = new ArrayList<>();
        try {
            PriorityQueue<Cursor> queue = new PriorityQueue<>(Comparator.comparingLong((Cursor c) -> c.run));
            for (Path dir : sources) {
                BufferedReader r = read(dir.resolve(FILE));
                readers.add(r);
                r.readLine();
                Cursor c = new Cursor(r);
                if (c.advance(runsPerPoint)) {
                    queue.add(c);
                }
            }
            return gzip(out, z -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(z, StandardCharsets.UTF_8), 1 << 16);
                w.write(header());
                w.write('\n');
                long lines = 1;
                long last = -1;
                while (!queue.isEmpty()) {
                    Merger.stop(stopped);
                    Cursor c = queue.poll();
                    long run = c.run;
                    if (run <= last) {
                        throw new StudyException("run " + run + " appears twice in the shards' " + FILE);
                    }
                    last = run;
                    boolean more;
                    do {
                        w.write(c.line);
                        w.write('\n');
                        lines++;
                        more = c.advance(runsPerPoint);
                    } while (more && c.run == run);
                    if (more) {
                        queue.add(c);
                    }
                }
                w.flush();
                return lines;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge " + FILE, e);
        } finally {
            for (BufferedReader r : readers) {
                try {
                    r.close();
                } catch (IOException e) {
                    // only read
                }
            }
        }
    }
}
