package casus.report;

import java.util.List;

/** The charts, embedded, and where the numbers behind them are. */
final class ChartsSection {
    private ChartsSection() {
    }

    static void write(List<Chart> charts, String csv, Markdown md) {
        md.heading(2, "Indicators over time");
        md.paragraph("Every indicator at the end of every day played is in [" + csv + "](" + csv
                + "): one row a day, one column an indicator (blank where a value is not known).");
        for (Chart c : charts) {
            md.heading(3, c.title());
            if (!c.isEmpty()) {
                md.image(c.title(), c.file());
            }
            md.paragraph(c.caption());
        }
    }
}
