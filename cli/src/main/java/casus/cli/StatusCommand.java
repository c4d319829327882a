package casus.cli;

import casus.studies.Manifest;
import casus.studies.Shell;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code casus status}: where each shard of a study submitted with {@code casus submit} stands. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Say which shards of a study submitted with casus submit are done, running, pending, failed or missing, how many "
                + "runs each holds, and whether the merge ran, from the shards' folders and from squeue and sacct.",
            "Failed and missing shards run again with casus submit --resubmit DIR."})
final class StatusCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The study's directory, as given to casus submit --out.")
    Path dir;

    @Override
    public Integer call() {
        Submission s = Submission.read(dir.toAbsolutePath().normalize());
        ShardStates states = ShardStates.of(s, Slurm.states(s.jobIds()));
        PrintWriter w = spec.commandLine().getOut();
        w.println(String.format(Locale.ROOT, "%s: casus %s in %d shard%s; jobs %s", s.dir(), s.verb(), s.shards(), s.shards() == 1 ? "" : "s",
                s.jobIds().isEmpty() ? "none yet (submitted with --dry-run)" : String.join(", ", s.jobIds())));
        if (!states.asked()) {
            w.println("(neither squeue nor sacct can be run here: the states are the folders' alone)");
        }
        w.println();
        w.println(String.format(Locale.ROOT, "%-6s %-8s %-22s %-12s %s", "shard", "state", "runs", "job", "note"));
        for (ShardStates.Shard x : states.shards()) {
            String runs = x.planned() < 0 ? "-" : String.format(Locale.ROOT, "%,d of %,d", x.done(), x.planned());
            w.println(String.format(Locale.ROOT, "%-6d %-8s %-22s %-12s %s", x.k(), x.kind().word(), runs, x.job() == null ? "-" : x.job(),
                    x.note()).stripTrailing());
        }
        ShardStates.Merge m = states.merge();
        String state;
        String note = "";
        if (m.done()) {
            Manifest merged = Manifest.read(s.merged());
            state = "done";
            note = s.merged() + (merged.complete() ? ", the whole study" : ", partial: runs " + merged.coverage());
        } else if (m.jobState() != null) {
            state = Slurm.waiting(m.jobState()) ? "pending" : Slurm.running(m.jobState()) ? "running" : "failed";
            note = Slurm.waiting(m.jobState()) ? "waits for every shard to succeed" : state.equals("failed") ? "its job ended " + m.jobState() : "";
        } else {
            state = m.job() == null ? "-" : "failed";
            note = m.job() == null ? "not submitted" : "its job is gone and merged holds no finished merge";
        }
        w.println(String.format(Locale.ROOT, "%-6s %-8s %-22s %-12s %s", "merge", state, "-", m.job() == null ? "-" : m.job(), note).stripTrailing());
        w.println();
        w.println(summary(s, states));
        w.flush();
        return 0;
    }

    private static String summary(Submission s, ShardStates states) {
        String resubmit = "'casus submit --resubmit " + Shell.quote(s.dir().toString()) + "'";
        List<Integer> again = states.toRun();
        if (states.merge().done()) {
            return "The study is merged.";
        }
        if (!again.isEmpty()) {
            String them = again.size() == 1 ? "it" : "them";
            return String.format(Locale.ROOT, "%d failed or missing (shard%s %s): %s runs %s again, %s.", again.size(), again.size() == 1 ? "" : "s",
                    Submission.tasks(again), resubmit, them, s.resumes() ? "carrying on where " + (again.size() == 1 ? "it" : "they") + " stopped"
                    : "from the start");
        }
        if (!states.queued().isEmpty()) {
            return states.queued().size() + " still in the queue.";
        }
        if (states.count(ShardStates.Kind.UNKNOWN) > 0) {
            return "Some shards are not finished and Slurm cannot be asked here whether they still run.";
        }
        return "Every shard is done; the merge has not run: " + resubmit + " submits it.";
    }
}
