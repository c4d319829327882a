package casus.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws a {@link Chart} as a PNG, without a display. */
final class ChartWriter {
    static final int WIDTH = 1000;
    static final int HEIGHT = 500;
    /** Ten colours that stay apart from one another (Tableau's), so that eight beliefs get eight colours. */
    static final Color[] LINES = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    static {
        // Charts are drawn on servers and in terminals: never ask for a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartWriter() {
    }

    static void png(Chart c, OutputStream out) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(c.title()).xAxisTitle("day").yAxisTitle(c.yTitle())
                .theme(Styler.ChartTheme.Matlab).build();
        XYStyler style = chart.getStyler();
        style.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        style.setXAxisDecimalPattern("0");
        style.setLegendPosition(Styler.LegendPosition.OutsideS);
        style.setLegendLayout(Styler.LegendLayout.Horizontal);
        style.setChartBackgroundColor(Color.WHITE);
        style.setSeriesColors(LINES);
        style.setYAxisMin(0.0);
        if (c.shares()) {
            style.setYAxisMax(1.0);
        }
        for (Series s : c.series()) {
            XYSeries line = chart.addSeries(s.name(), s.x(), s.y());
            line.setMarker(s.x().length > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        }
        BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
}
