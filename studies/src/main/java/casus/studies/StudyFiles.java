package casus.studies;

import java.util.ArrayList;
import java.util.List;

/** The files a study's directory holds. */
final class StudyFiles {
    private StudyFiles() {
    }

    static List<String> list(Manifest m) {
        List<String> files = new ArrayList<>(List.of(Manifest.FILE));
        if (m.rows()) {
            files.add(RunsCsv.FILE);
        }
        if (m.trajectories() > 0) {
            files.add(Trajectories.FILE);
        }
        files.addAll(List.of(Tallies.FILE, SummaryCsv.FILE, SummaryJson.FILE, Charts.DIR + "/", ReportMarkdown.FILE));
        return files;
    }
}
