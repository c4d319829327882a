package casus.report;

import java.nio.file.Path;
import java.util.List;

/**
 * The files a report was written to.
 *
 * @param markdown the report itself
 * @param csv the indicators per day
 * @param charts the PNG charts the report embeds
 * @param decisions how many decisions the report lists
 */
public record WrittenReport(Path markdown, Path csv, List<Path> charts, int decisions) {
    public WrittenReport {
        charts = List.copyOf(charts);
    }
}
