package casus.cli;

import casus.studies.Manifest;
import casus.studies.Merger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code casus merge}: the outputs of a study's shards combined into what one unsplit run would have written. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Combine the outputs of shards of one study (casus batch or casus sensitivity --shard K/N --out DIR) into one output.",
            "When the shards hold every run, the files equal those of the unsplit study byte for byte; otherwise the output is "
                    + "partial and can be merged again."})
final class MergeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the merged output (new or empty).")
    Path out;

    @CommandLine.Parameters(paramLabel = "DIR", arity = "1..*", description = "The shards' output directories.")
    List<Path> sources = new ArrayList<>();

    @Override
    public Integer call() {
        Manifest m = !sources.isEmpty() && Manifest.read(sources.get(0)).analysis() != null ? SensitivityCommand.merge(sources, out)
                : Merger.merge(sources, out);
        PrintWriter w = spec.commandLine().getOut();
        w.println(String.format(java.util.Locale.ROOT, "merged %d output%s of %s into %s: runs %s of %,d%s", sources.size(),
                sources.size() == 1 ? "" : "s", m.scenarioId(), out, m.coverage(), m.totalRuns(), m.complete() ? ", the whole study" : " (partial)"));
        w.flush();
        return 0;
    }
}
