package casus.cli;

import casus.studies.Manifest;
import casus.studies.Merger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code casus merge}: the outputs of a study's shards combined into what one unsplit run would have written. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Combine the outputs of shards of one study (casus batch or casus sensitivity --shard K/N --out DIR) into one output.",
            "Each shard is checked first: its manifest must say it stopped, and every file must have the rows and SHA-256 it records. "
                    + "When the shards hold every run, the files equal those of the unsplit study byte for byte; with --allow-partial, "
                    + "fewer give a partial output that can be merged again. Exit 2, and nothing written, for a shard that is not whole, "
                    + "shards that overlap or are of different studies, or, without --allow-partial, runs left out."})
final class MergeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the merged output (new or empty).")
    Path out;

    @Option(names = "--allow-partial", description = "Merge even when the shards leave runs out; the output says it is partial.")
    boolean partial;

    @CommandLine.Parameters(paramLabel = "DIR", arity = "1..*", description = "The shards' output directories.")
    List<Path> sources = new ArrayList<>();

    @Override
    public Integer call() {
        try (Interruption stop = Interruption.watch()) {
            Manifest m;
            try {
                m = !sources.isEmpty() && Manifest.read(sources.get(0)).analysis() != null ? SensitivityCommand.merge(sources, out, partial,
                        stop::requested) : Merger.merge(sources, out, partial, stop::requested);
            } catch (CancellationException e) {
                spec.commandLine().getErr().println("casus: merge interrupted; nothing was written to " + out);
                spec.commandLine().getErr().flush();
                return Interruption.STATUS;
            }
            PrintWriter w = spec.commandLine().getOut();
            w.println(String.format(java.util.Locale.ROOT, "merged %d output%s of %s into %s: runs %s of %,d%s", sources.size(),
                    sources.size() == 1 ? "" : "s", m.scenarioId(), out, m.coverage(), m.totalRuns(), m.complete() ? ", the whole study" : " (partial)"));
            w.flush();
            return 0;
        }
    }
}
