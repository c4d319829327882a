package casus.plot;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/**
 * The one place Casus draws its charts: the after-action report's and the studies' alike. Every
 * chart gets the same look (white ground, a legend below, numbers in one locale, colours that stay
 * apart) and is written as a PNG without a display.
 */
public final class Plots {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 500;
    /** Ten colours that stay apart from one another (Tableau's), so that eight lines get eight colours. */
    public static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    private static final Lettering DESK = new Lettering(18, 15, 13);
    private static final Lettering PROJECTOR = new Lettering(34, 28, 24);

    static {
        // Charts are drawn on servers and in terminals: never ask for a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Plots() {
    }

    /** An empty line chart in the house style. */
    public static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(c, DESK, 5);
        c.getStyler().setXAxisDecimalPattern("#,##0.###");
        return c;
    }

    /** A chart's size for a projector: 1920 pixels wide; no text on it is under 24 pixels. */
    public static final int PROJECTOR_WIDTH = 1920;
    public static final int PROJECTOR_HEIGHT = 960;

    /** An empty line chart in the house style, sized and lettered to be read on a projector from the back of a room. */
    public static XYChart projector(String title, String xTitle, String yTitle) {
        XYChart c = new XYChartBuilder().width(PROJECTOR_WIDTH).height(PROJECTOR_HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle)
                .build();
        style(c, PROJECTOR, 10);
        return c;
    }

    /** The house style: white ground, a legend below, numbers in one locale, colours that stay apart; text in the lettering given. */
    private static void style(XYChart c, Lettering lettering, int marker) {
        XYStyler s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setSeriesColors(COLORS);
        s.setMarkerSize(marker);
        s.setLocale(Locale.ROOT);
        s.setYAxisDecimalPattern("#,##0.###");
        lettering.apply(s);
    }

    /** A colour made see-through, for bands behind a line. */
    public static Color faded(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A heat map in the house style: one cell per pair of values, its colour (and number) the share. */
    public static HeatMapChart heatmap(String title, String xTitle, String yTitle) {
        HeatMapChart c = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT + 60).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        HeatMapStyler s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setLocale(Locale.ROOT);
        DESK.apply(s);
        return c;
    }

    /** A chart's fonts, in pixels: its title, its axes' titles, and the small text of ticks and legend. */
    private record Lettering(Font title, Font axis, Font small) {
        Lettering(int title, int axis, int small) {
            this(new Font(Font.SANS_SERIF, Font.BOLD, title), new Font(Font.SANS_SERIF, Font.PLAIN, axis), new Font(Font.SANS_SERIF, Font.PLAIN, small));
        }

        void apply(AxesChartStyler s) {
            s.setChartTitleFont(title);
            s.setAxisTitleFont(axis);
            s.setAxisTickLabelsFont(small);
            s.setLegendFont(small);
        }
    }

    public static void png(Chart<?, ?> chart, OutputStream out) throws IOException {
        BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }

    public static void png(Chart<?, ?> chart, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            png(chart, out);
        }
    }
}
