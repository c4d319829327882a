package casus.report;

import casus.plot.Plots;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a report's {@link Chart} as a PNG for a projector: 1920 pixels wide, text of 24 pixels and
 * more, a line per series over the days, dated, and a dashed vertical line on each marked day.
 */
final class ChartWriter {
    /** Each kind of marker's colour. */
    static final Map<String, Color> MARKS = Map.of(Marker.INJECTED, new Color(0xb30000), Marker.CEASEFIRE, new Color(0x007a33),
            Marker.HANDS, new Color(0x6a3d9a));

    private ChartWriter() {
    }

    static void png(Chart c, OutputStream out) throws IOException {
        boolean dated = c.start() != null;
        XYChart chart = Plots.projector(c.title(), dated ? "date" : "day", c.yTitle());
        XYStyler style = chart.getStyler();
        style.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        style.setXAxisDecimalPattern("0");
        style.setDatePattern("d MMM yyyy");
        style.setTimezone(java.util.TimeZone.getTimeZone("UTC"));
        style.setYAxisMin(0.0);
        double top = c.shares() ? 1.0 : 0;
        for (Series s : c.series()) {
            for (double v : s.y()) {
                top = Math.max(top, v);
            }
        }
        style.setYAxisMax(top > 0 ? top : 1.0);
        for (Series s : c.series()) {
            XYSeries line = dated ? chart.addSeries(s.name(), dates(c, s.x()), boxed(s.y())) : chart.addSeries(s.name(), s.x(), s.y());
            line.setMarker(s.x().length > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
            line.setLineWidth(4f);
        }
        Set<String> named = new HashSet<>();
        int n = 0;
        for (Marker m : c.markers()) {
            String name = named.add(m.kind()) ? m.kind() : m.kind() + " " + (++n);
            double[] x = {m.day(), m.day()};
            XYSeries v = dated ? chart.addSeries(name, dates(c, x), List.of(0.0, top > 0 ? top : 1.0)) : chart.addSeries(name, x,
                    new double[] {0, top > 0 ? top : 1.0});
            v.setMarker(SeriesMarkers.NONE);
            v.setLineColor(MARKS.getOrDefault(m.kind(), Color.GRAY));
            v.setLineStyle(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {12f, 8f}, 0f));
            v.setShowInLegend(name.equals(m.kind()));
        }
        Plots.png(chart, out);
    }

    /** The days as dates, at midnight UTC (the axis is labelled in UTC too, so no time zone moves them). */
    private static List<Date> dates(Chart c, double[] days) {
        List<Date> out = new ArrayList<>();
        for (double d : days) {
            out.add(Date.from(c.start().plusDays((long) d).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return out;
    }

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
