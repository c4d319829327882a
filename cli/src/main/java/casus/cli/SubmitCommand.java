package casus.cli;

import casus.studies.OutputDirectory;
import casus.studies.Shell;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code casus submit}: a study split into shards as a Slurm job array, with its merge as a job
 * that waits for every shard; or, with {@code --resubmit}, the shards that failed run again.
 */
@Command(name = "submit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a study on a Slurm cluster: writes DIR/study.sbatch, a job array whose task K runs 'casus batch STUDY-OPTIONS "
                + "--shard K/N --out DIR/shard-K' (or casus sensitivity's), and DIR/merge.sbatch, which merges the shards into DIR/merged once "
                + "every task has succeeded; submits both with sbatch and prints the job ids. The tasks run a copy of this build, DIR/casus.jar.",
            "casus status DIR follows the shards; --resubmit DIR runs again those that failed (a stopped or killed shard of a batch study "
                    + "carries on where it stopped, one of a sensitivity analysis starts again), then the merge.",
            "STUDY-OPTIONS are casus batch's (--scenario, --runs, --set, --sweep, --sample, --seed, ...); they may follow a '--', and "
                    + "may begin with the study's command: batch, or sensitivity for an analysis (--scenario, --outcome, --params, "
                    + "--method, --samples, ...)."})
final class SubmitCommand implements Callable<Integer> {
    /** Options of the study that the shards' scripts set themselves. */
    private static final List<String> OWN = List.of("--out", "--shard", "--resume", "--threads", "--format", "--journal", "--from-tick");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--shards", paramLabel = "N", description = "How many shards: the tasks of the job array.")
    Integer shards;

    @Option(names = "--out", paramLabel = "DIR", description = "The study's directory (new or empty), on a file system the nodes share.")
    Path out;

    @Option(names = "--partition", paramLabel = "P", description = "The Slurm partition to run in (default: the cluster's).")
    String partition;

    @Option(names = "--time", paramLabel = "T", description = "Each task's time limit, as sbatch takes it (minutes, or D-HH:MM:SS). A task "
            + "out of time is stopped with SIGTERM, so it keeps its runs and --resubmit carries it on (a sensitivity analysis's shard is run "
            + "again).")
    String time;

    @Option(names = "--cpus", paramLabel = "C", defaultValue = "1", description = "CPUs for each task, and its worker threads (default: ${DEFAULT-VALUE}).")
    int cpus;

    @Option(names = "--dry-run", description = "Write the scripts and the build into DIR, and submit nothing.")
    boolean dryRun;

    @Option(names = "--resubmit", paramLabel = "DIR", description = "Submit again the shards of DIR that failed or never ran, then the merge.")
    Path resubmit;

    @Option(names = "--jar", paramLabel = "FILE", description = "The build the tasks run (default: the casus.jar running this command).")
    Path jar;

    @Parameters(paramLabel = "STUDY-OPTIONS", description = "The study, as casus batch (or, after 'sensitivity', casus sensitivity) takes it.")
    List<String> study = new ArrayList<>();

    @Override
    public Integer call() {
        if (resubmit != null) {
            if (shards != null || out != null || !study.isEmpty() || partition != null || time != null || jar != null) {
                throw new BadInputException("--resubmit DIR submits DIR's own study again: give no study, --shards, --out, --partition, --time "
                        + "or --jar with it");
            }
            return resubmit(Submission.read(resubmit.toAbsolutePath().normalize()));
        }
        if (shards == null || out == null || study.isEmpty()) {
            throw new BadInputException("casus submit needs --shards N, --out DIR and the study's options (see 'casus submit --help')");
        }
        if (shards < 1 || cpus < 1) {
            throw new BadInputException("--shards and --cpus must be at least 1, got " + shards + " and " + cpus);
        }
        String verb = study.get(0).startsWith("-") ? "batch" : study.get(0);
        List<String> options = study.get(0).startsWith("-") ? study : study.subList(1, study.size());
        check(verb, options);
        Path dir = out.toAbsolutePath().normalize();
        OutputDirectory.prepare(dir);
        Submission s = new Submission(dir, verb, List.copyOf(options), shards, cpus, partition, time, javaPath(),
                Path.of("").toAbsolutePath(), List.of());
        s.prepare(build());
        PrintWriter w = spec.commandLine().getOut();
        if (dryRun) {
            w.println("wrote " + dir + ": " + Submission.STUDY + ", " + Submission.MERGE + ", " + Submission.JAR + ", " + Submission.FILE);
            w.println("submit them with: sbatch " + Shell.quote(dir.resolve(Submission.STUDY).toString()) + ", then sbatch --dependency=afterok:JOB "
                    + Shell.quote(dir.resolve(Submission.MERGE).toString()) + " (JOB being the first one's id); or run 'casus submit --resubmit "
                    + Shell.quote(dir.toString()) + "'");
            w.flush();
            return 0;
        }
        submit(s, allTasks());
        return 0;
    }

    /** The study must be one this build can split, with options the shards' scripts do not set themselves. */
    private void check(String verb, List<String> options) {
        for (String o : options) {
            String name = o.contains("=") ? o.substring(0, o.indexOf('=')) : o;
            if (OWN.contains(name)) {
                throw new BadInputException(name + " is for casus submit to set in each shard"
                        + (name.equals("--threads") ? ": give --cpus C, which is each task's CPUs and threads" : "; leave it out of the study's options")
                        + (name.equals("--journal") || name.equals("--from-tick") ? " (a study of a recorded game cannot be split)" : ""));
            }
        }
        long total = switch (verb) {
            case "batch" -> {
                BatchCommand batch = parse(new BatchCommand(), options);
                if (batch.runs == null) {
                    throw new BadInputException("the study needs --runs: how many runs at each parameter point");
                }
                yield batch.plan().study().totalRuns();
            }
            case "sensitivity" -> parse(new SensitivityCommand(), options).totalRuns();
            default -> throw new BadInputException("casus " + verb + " studies cannot be split into shards; casus submit runs casus batch and "
                    + "casus sensitivity studies");
        };
        if (shards > total) {
            throw new BadInputException(String.format(Locale.ROOT, "--shards %d: more shards than the study's %,d runs", shards, total));
        }
    }

    /** The study's command with its options read, as a shard's task will read them. */
    private static <T> T parse(T command, List<String> options) {
        try {
            new CommandLine(command).parseArgs(options.toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
            throw new BadInputException("the study's options: " + e.getMessage());
        }
        return command;
    }

    /** The shards' tasks and then the merge, waiting for them all to succeed; records and prints the job ids. */
    private void submit(Submission s, List<Integer> tasks) {
        String array = null;
        if (!tasks.isEmpty()) {
            array = Slurm.sbatch(List.of("--array=" + Submission.tasks(tasks)), s.dir().resolve(Submission.STUDY));
            // recorded at once, so that casus status knows of the shards should the merge not be submitted
            s.with(new Submission.Jobs(array, tasks, null)).save();
        }
        String merge = Slurm.sbatch(array == null ? List.of() : List.of("--dependency=afterok:" + array, "--kill-on-invalid-dep=yes"),
                s.dir().resolve(Submission.MERGE));
        s.with(new Submission.Jobs(array, tasks, merge)).save();
        PrintWriter w = spec.commandLine().getOut();
        if (array != null) {
            w.println(String.format(Locale.ROOT, "submitted shard%s %s of %d as job %s, and the merge as job %s once they all succeed",
                    tasks.size() == 1 ? "" : "s", describe(tasks), s.shards(), array, merge));
        } else {
            w.println("every shard is done: submitted the merge as job " + merge);
        }
        w.println("follow them with: casus status " + Shell.quote(s.dir().toString()));
        w.flush();
    }

    private static String describe(List<Integer> tasks) {
        return tasks.size() > 1 && tasks.get(tasks.size() - 1) - tasks.get(0) == tasks.size() - 1 ? tasks.get(0) + "-" + tasks.get(tasks.size() - 1)
                : Submission.tasks(tasks);
    }

    private List<Integer> allTasks() {
        List<Integer> all = new ArrayList<>();
        for (int k = 1; k <= shards; k++) {
            all.add(k);
        }
        return all;
    }

    /** {@code --resubmit DIR}: the shards that failed or never ran, then the merge; nothing while any is still queued. */
    private int resubmit(Submission s) {
        Slurm.Result probe = Slurm.run(List.of("sbatch", "--version"));
        if (probe == null) {
            throw new BadInputException("sbatch is not on the PATH: --resubmit runs on a Slurm login node");
        }
        ShardStates states = ShardStates.of(s, Slurm.states(s.jobIds()));
        if (states.merge().done()) {
            spec.commandLine().getOut().println(s.dir() + " is merged already, into " + s.merged() + ": nothing to resubmit");
            spec.commandLine().getOut().flush();
            return 0;
        }
        List<ShardStates.Shard> queued = states.queued();
        if (!queued.isEmpty()) {
            ShardStates.Shard q = queued.get(0);
            throw new BadInputException("shard " + q.k() + " is still " + q.kind().word() + " (job " + q.job() + "); wait for the queue, or "
                    + "scancel it, before resubmitting");
        }
        String mergeState = states.merge().jobState();
        if (Slurm.waiting(mergeState) && states.toRun().isEmpty() || Slurm.running(mergeState)) {
            throw new BadInputException("the merge is still " + mergeState.toLowerCase(Locale.ROOT) + " (job " + states.merge().job() + ")");
        }
        if (Slurm.waiting(mergeState)) {
            Slurm.run(List.of("scancel", states.merge().job()));
        }
        submit(s, states.toRun());
        return 0;
    }

    private static String javaPath() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The build to copy: --jar, or the jar this command runs from. */
    private Path build() {
        Path from = jar;
        if (from == null) {
            try {
                from = Path.of(Casus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException | SecurityException e) {
                from = null;
            }
        }
        if (from == null || !Files.isRegularFile(from) || !from.toString().endsWith(".jar")) {
            throw new BadInputException("casus submit copies the build it runs from, and this is not a jar: run it with java -jar casus.jar "
                    + "(or ./casus), or give --jar FILE");
        }
        return from;
    }
}
