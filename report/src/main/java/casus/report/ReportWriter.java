package casus.report;

import casus.v1.Happening;
import casus.v1.SessionRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a session's after-action report into a folder:
 *
 * <pre>
 *   DIR/report.md        the report: outcome, players, charts, timeline, council votes, ceasefires, every decision,
 *                        messages, facilitation
 *   DIR/indicators.csv   every indicator at the end of every day played
 *   DIR/escalation.png   conflicts' intensity and severity, and unrest
 *   DIR/territory.png    the share of each region each side held
 *   DIR/beliefs.png      what states expected of their allies
 * </pre>
 *
 * A chart with nothing to draw is left out and the report says why. Files already there are
 * replaced.
 */
public final class ReportWriter {
    public static final String MARKDOWN = "report.md";
    public static final String CSV = "indicators.csv";

    private ReportWriter() {
    }

    /**
     * Writes the report of {@code record} into {@code dir}, creating it if needed.
     *
     * @param baseline every indicator's value at some moment, to fill in values that never changed
     * @throws ReportException when a file cannot be written
     */
    public static WrittenReport write(SessionRecord record, Baseline baseline, Path dir) {
        IndicatorTable table = IndicatorTable.of(record, baseline);
        ReportContext ctx = new ReportContext(record, table);
        List<Chart> charts = charts(record, table, ctx);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ReportException("cannot create the folder " + dir + ": " + e.getMessage(), e);
        }
        Path csv = dir.resolve(CSV);
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            IndicatorCsv.write(table, w);
        } catch (IOException e) {
            throw new ReportException("cannot write " + csv + ": " + e.getMessage(), e);
        }
        List<Path> pngs = new ArrayList<>();
        for (Chart c : charts) {
            if (c.isEmpty()) {
                continue;
            }
            Path png = dir.resolve(c.file());
            try (OutputStream o = Files.newOutputStream(png)) {
                ChartWriter.png(c, o);
            } catch (IOException e) {
                throw new ReportException("cannot write " + png + ": " + e.getMessage(), e);
            }
            pngs.add(png);
        }
        Path md = dir.resolve(MARKDOWN);
        try {
            Files.writeString(md, markdown(ctx, charts), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException("cannot write " + md + ": " + e.getMessage(), e);
        }
        return new WrittenReport(md, csv, pngs, ctx.all(Happening.Kind.DECISION).size());
    }

    /** The report's Markdown alone. */
    public static String markdown(SessionRecord record, Baseline baseline) {
        IndicatorTable table = IndicatorTable.of(record, baseline);
        ReportContext ctx = new ReportContext(record, table);
        return markdown(ctx, charts(record, table, ctx));
    }

    private static List<Chart> charts(SessionRecord record, IndicatorTable table, ReportContext ctx) {
        return Charts.all(table, ctx.peoplesStates(), Names.of(record), Marker.of(record, table, ctx.states()));
    }

    private static String markdown(ReportContext ctx, List<Chart> charts) {
        Markdown md = new Markdown();
        SummarySection.write(ctx, md);
        PlayersSection.write(ctx, md);
        ChartsSection.write(charts, CSV, md);
        TimelineSection.write(ctx, md);
        VotesSection.write(ctx, md);
        CeasefiresSection.write(ctx, md);
        DecisionsSection.write(ctx, md);
        MessagesSection.write(ctx, md);
        FacilitationSection.write(ctx, md);
        return md.toString();
    }
}
