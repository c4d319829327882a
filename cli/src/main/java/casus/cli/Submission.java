package casus.cli;

import casus.studies.Json;
import casus.studies.Shell;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A study submitted to Slurm, as {@code casus submit} leaves it in its directory: the study's
 * command ({@code casus VERB OPTIONS}), the shards, the job options, where the build and Java
 * are, and each submission's job ids ({@code submission.json}); the two scripts it submits
 * ({@code study.sbatch}, a job array whose task K runs shard K into {@code shard-K}, and
 * {@code merge.sbatch}, which merges them into {@code merged}); the build itself
 * ({@code casus.jar}, copied in so that every task and the merge run the build the user submitted
 * from, whatever is rebuilt meanwhile); and the tasks' logs ({@code logs/}).
 */
record Submission(Path dir, String verb, List<String> options, int shards, int cpus, String partition, String time, String java, Path workdir,
        List<Jobs> jobs) {
    static final String FILE = "submission.json";
    static final String STUDY = "study.sbatch";
    static final String MERGE = "merge.sbatch";
    static final String JAR = "casus.jar";
    static final String LOGS = "logs";
    static final String MERGED = "merged";

    /** One submission: the array's job id and its tasks, and the merge's job id. */
    record Jobs(String array, List<Integer> tasks, String merge) {
    }

    /**
     * Whether a shard that did not finish carries on where it stopped: a batch study's does
     * ({@code casus batch --resume}); any other is started again.
     */
    boolean resumes() {
        return verb.equals("batch");
    }

    Path shard(int k) {
        return dir.resolve("shard-" + k);
    }

    Path merged() {
        return dir.resolve(MERGED);
    }

    Path jar() {
        return dir.resolve(JAR);
    }

    Submission with(Jobs more) {
        List<Jobs> all = new ArrayList<>(jobs);
        all.add(more);
        return new Submission(dir, verb, options, shards, cpus, partition, time, java, workdir, all);
    }

    /** The job that last ran (or is to run) task {@code k}, or null when none was submitted. */
    String taskJob(int k) {
        for (int i = jobs.size() - 1; i >= 0; i--) {
            if (jobs.get(i).array() != null && jobs.get(i).tasks().contains(k)) {
                return jobs.get(i).array() + "_" + k;
            }
        }
        return null;
    }

    /** The last merge job submitted, or null. */
    String mergeJob() {
        return jobs.isEmpty() ? null : jobs.get(jobs.size() - 1).merge();
    }

    /** Every job id submitted, arrays by their own id. */
    List<String> jobIds() {
        List<String> ids = new ArrayList<>();
        for (Jobs j : jobs) {
            if (j.array() != null) {
                ids.add(j.array());
            }
            if (j.merge() != null) {
                ids.add(j.merge());
            }
        }
        return ids;
    }

    /** Writes the directory: the build, the logs' folder, the scripts and the record. */
    void prepare(Path jarFrom) {
        try {
            Files.createDirectories(dir.resolve(LOGS));
            Files.copy(jarFrom, jar(), StandardCopyOption.REPLACE_EXISTING);
            write(dir.resolve(STUDY), studyScript());
            write(dir.resolve(MERGE), mergeScript());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
        save();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        file.toFile().setExecutable(true);
    }

    /** The job array: task K runs shard K/N, or carries on the shard an earlier task left. */
    String studyScript() {
        StringBuilder s = header("a Casus study in " + shards + " shards, as a job array. Task K runs 'casus " + verb + " ... --shard K/"
                + shards + "' into shard-K,", resumes() ? "or carries on shard-K where an earlier task left it: stopped, killed or out of time."
                : "or runs it again when an earlier task left it unfinished (stopped, killed or out of time); a finished shard-K is kept.");
        s.append("#SBATCH --job-name=").append(Shell.quote("casus-" + verb)).append('\n');
        s.append("#SBATCH --array=1-").append(shards).append('\n');
        s.append("#SBATCH --cpus-per-task=").append(cpus).append('\n');
        s.append("#SBATCH --output=").append(Shell.quote(dir.resolve(LOGS).resolve("shard-%a-job%A.log").toString())).append('\n');
        if (time != null) {
            // SIGTERM two minutes before the time limit: the task stops at its next block and keeps its runs for --resubmit
            s.append("#SBATCH --signal=B:TERM@120\n");
        }
        jobOptions(s);
        s.append("k=\"${SLURM_ARRAY_TASK_ID:?run this script with sbatch, as a job array}\"\n");
        s.append("shard=").append(Shell.quote(dir.toString())).append("/shard-\"$k\"\n");
        List<String> run = new ArrayList<>(List.of(verb));
        run.addAll(options);
        String common = "--threads " + cpus + " --format none";
        if (resumes()) {
            s.append("if [ -f \"$shard/manifest.json\" ]; then\n");
            s.append("  exec \"$java\" -jar \"$jar\" batch --resume \"$shard\" ").append(common).append('\n');
            s.append("fi\n");
        } else {
            // a study that cannot be resumed is started again; a finished shard is left as it is
            s.append("if grep -qs '\"state\": \"finished\"' \"$shard/manifest.json\"; then exit 0; fi\n");
            s.append("if [ -e \"$shard\" ]; then mv -- \"$shard\" \"$shard.stopped-$SLURM_JOB_ID\"; fi\n");
        }
        s.append("exec \"$java\" -jar \"$jar\" ").append(Shell.join(run)).append(" --shard \"$k/").append(shards).append("\" ").append(common)
                .append(" --out \"$shard\"\n");
        return s.toString();
    }

    /** The merge, submitted to run once every task of the array has succeeded. */
    String mergeScript() {
        StringBuilder s = header("the merge of the " + shards + " shards of a Casus study into merged, once every task of its job array "
                + "has succeeded.", "A merge stopped before it finished is removed and made again.");
        s.append("#SBATCH --job-name=").append(Shell.quote("casus-" + verb + "-merge")).append('\n');
        s.append("#SBATCH --cpus-per-task=1\n");
        s.append("#SBATCH --output=").append(Shell.quote(dir.resolve(LOGS).resolve("merge-job%j.log").toString())).append('\n');
        jobOptions(s);
        String merged = Shell.quote(merged().toString());
        s.append("if [ -d ").append(merged).append(" ] && [ ! -f ").append(merged).append("/manifest.json ]; then rm -rf -- ").append(merged)
                .append("; fi\n");
        s.append("exec \"$java\" -jar \"$jar\" merge --out ").append(merged);
        for (int k = 1; k <= shards; k++) {
            s.append(' ').append(Shell.quote(shard(k).toString()));
        }
        s.append('\n');
        return s.toString();
    }

    private StringBuilder header(String what, String more) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        s.append("# Written by casus submit: ").append(what).append('\n');
        s.append("# ").append(more).append('\n');
        return s;
    }

    /** The options both scripts share, then the lines that find Java and the build. */
    private void jobOptions(StringBuilder s) {
        s.append("#SBATCH --chdir=").append(Shell.quote(workdir.toString())).append('\n');
        if (partition != null) {
            s.append("#SBATCH --partition=").append(Shell.quote(partition)).append('\n');
        }
        if (time != null) {
            s.append("#SBATCH --time=").append(Shell.quote(time)).append('\n');
        }
        s.append("set -u\n");
        s.append("# the Java that submitted the study, or the node's own when that one is not there\n");
        s.append("java=").append(Shell.quote(java)).append('\n');
        s.append("[ -x \"$java\" ] || java=java\n");
        s.append("jar=").append(Shell.quote(jar().toString())).append('\n');
    }

    void save() {
        JsonObject o = new JsonObject();
        o.addProperty("verb", verb);
        JsonArray opts = new JsonArray();
        options.forEach(opts::add);
        o.add("options", opts);
        o.addProperty("shards", shards);
        o.addProperty("cpus", cpus);
        o.addProperty("partition", partition);
        o.addProperty("time", time);
        o.addProperty("java", java);
        o.addProperty("workdir", workdir.toString());
        JsonArray js = new JsonArray();
        for (Jobs j : jobs) {
            JsonObject x = new JsonObject();
            x.addProperty("array", j.array());
            JsonArray tasks = new JsonArray();
            j.tasks().forEach(tasks::add);
            x.add("tasks", tasks);
            x.addProperty("merge", j.merge());
            js.add(x);
        }
        o.add("jobs", js);
        try {
            Path part = dir.resolve(FILE + ".part");
            Files.writeString(part, Json.PRETTY.toJson(o) + "\n", StandardCharsets.UTF_8);
            Files.move(part, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
        }
    }

    /**
     * The submission in {@code dir}.
     *
     * @throws BadInputException when {@code dir} holds none
     */
    static Submission read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(dir + " holds no " + FILE + ": it is not a study submitted with casus submit");
        }
        try {
            JsonObject o = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            List<Jobs> jobs = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("jobs")) {
                JsonObject x = e.getAsJsonObject();
                List<Integer> tasks = new ArrayList<>();
                x.getAsJsonArray("tasks").forEach(t -> tasks.add(t.getAsInt()));
                jobs.add(new Jobs(text(x, "array"), tasks, text(x, "merge")));
            }
            List<String> options = new ArrayList<>();
            o.getAsJsonArray("options").forEach(t -> options.add(t.getAsString()));
            return new Submission(dir, o.get("verb").getAsString(), options, o.get("shards").getAsInt(), o.get("cpus").getAsInt(), text(o,
                    "partition"), text(o, "time"), o.get("java").getAsString(), Path.of(o.get("workdir").getAsString()), jobs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new BadInputException(file + " is not a submission's record: " + e.getMessage());
        }
    }

    private static String text(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : null;
    }

    /** Tasks as sbatch's {@code --array} takes them: {@code 2,5,7}. */
    static String tasks(List<Integer> tasks) {
        return tasks.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
