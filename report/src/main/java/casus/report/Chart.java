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
 */
record Chart(String file, String title, String yTitle, List<Series> series, String caption, boolean shares) {
    boolean isEmpty() {
        return series.isEmpty();
    }
}
