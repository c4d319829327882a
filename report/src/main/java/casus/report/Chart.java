package casus.report;

import java.util.List;

/**
 * A chart of the report, before it is drawn.
 *
 * @param file the PNG's file name, next to the report
 * @param title the chart's title, also the image's alternative text
 * @param yTitle the vertical axis's title
 * @param series the lines; none when there was nothing to draw
 * @param caption one sentence under the image: what is drawn, or why nothing is
 * @param shares whether the values are shares of 0 to 1, drawn as such
 * @param start the date of day 0, to date the days; null when the session played none
 * @param markers the days marked with a vertical line
 */
record Chart(String file, String title, String yTitle, List<Series> series, String caption, boolean shares, java.time.LocalDate start,
        List<Marker> markers) {
    boolean isEmpty() {
        return series.isEmpty();
    }

    /** The same chart with its days dated and marked. */
    Chart dated(java.time.LocalDate start, List<Marker> markers) {
        return new Chart(file, title, yTitle, series, caption, shares, start, markers);
    }
}
