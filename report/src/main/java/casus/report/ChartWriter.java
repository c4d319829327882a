package casus.report;

import casus.plot.Plots;
import java.io.IOException;
import java.io.OutputStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws a report's {@link Chart}, a line per series over the days, as a PNG. */
final class ChartWriter {
    private ChartWriter() {
    }

    static void png(Chart c, OutputStream out) throws IOException {
        XYChart chart = Plots.chart(c.title(), "day", c.yTitle());
        XYStyler style = chart.getStyler();
        style.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        style.setXAxisDecimalPattern("0");
        style.setYAxisMin(0.0);
        if (c.shares()) {
            style.setYAxisMax(1.0);
        }
        for (Series s : c.series()) {
            XYSeries line = chart.addSeries(s.name(), s.x(), s.y());
            line.setMarker(s.x().length > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        }
        Plots.png(chart, out);
    }
}
