package casus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Slurm's own commands, as {@code casus submit} and {@code casus status} use them: {@code sbatch}
 * to submit a script, {@code squeue} and {@code sacct} to ask after jobs. They are found on the
 * {@code PATH} and read the cluster's configuration as they always do ({@code SLURM_CONF}).
 */
final class Slurm {
    private static final long WAIT_SECONDS = 60;

    private Slurm() {
    }

    /** What a command printed and how it ended. */
    record Result(int status, String out, String err) {
        String firstError() {
            return err.lines().filter(l -> !l.isBlank()).findFirst().orElse("exit status " + status);
        }
    }

    /**
     * Submits a script with {@code sbatch}; returns the job's id.
     *
     * @throws UncheckedIOException when sbatch cannot be run or refuses the script
     */
    static String sbatch(List<String> options, Path script) {
        List<String> cmd = new ArrayList<>(List.of("sbatch", "--parsable"));
        cmd.addAll(options);
        cmd.add(script.toString());
        Result r = run(cmd);
        if (r == null) {
            throw new UncheckedIOException("cannot submit " + script, new IOException("sbatch is not on the PATH: is this a Slurm login node?"));
        }
        String id = r.out().strip().split(";", 2)[0];
        if (r.status() != 0 || !id.matches("\\d+")) {
            throw new UncheckedIOException("sbatch refused " + script, new IOException(r.firstError()));
        }
        return id;
    }

    /**
     * The state Slurm gives each job, or task of a job array ({@code 12_3}), among {@code jobs} (job
     * ids, an array's own id standing for all its tasks): from {@code squeue} while it keeps them,
     * else from {@code sacct} where accounting is on. Null when neither command can be run here.
     */
    static Map<String, String> states(Collection<String> jobs) {
        if (jobs.isEmpty()) {
            return Map.of();
        }
        Map<String, String> states = new HashMap<>();
        Result queue = run(List.of("squeue", "--noheader", "--array", "--states=all", "--user=" + System.getProperty("user.name"),
                "--format=%i|%T"));
        Result accounting = run(List.of("sacct", "--noheader", "--parsable2", "--allocations", "--jobs=" + String.join(",", jobs),
                "--format=JobID,State"));
        if (queue == null && accounting == null) {
            return null;
        }
        if (accounting != null && accounting.status() == 0) {
            states.putAll(parse(accounting.out(), jobs));
        }
        if (queue != null && queue.status() == 0) {
            states.putAll(parse(queue.out(), jobs));
        }
        return states;
    }

    /** Reads {@code ID|STATE} lines, keeping the jobs asked after; a state is its first word ({@code CANCELLED by 0}). */
    static Map<String, String> parse(String lines, Collection<String> jobs) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines.split("\n")) {
            String[] cells = line.strip().split("\\|");
            if (cells.length < 2) {
                continue;
            }
            String id = cells[0].strip();
            String job = id.contains("_") ? id.substring(0, id.indexOf('_')) : id;
            if (jobs.contains(job) && !id.contains("[")) {
                out.put(id, cells[1].strip().split("\\s+")[0].toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether a state is of a job still waiting to run. */
    static boolean waiting(String state) {
        return state != null && List.of("PENDING", "CONFIGURING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESV_DEL_HOLD").contains(state);
    }

    /** Whether a state is of a job that is running (or stopping). */
    static boolean running(String state) {
        return state != null && List.of("RUNNING", "COMPLETING", "SUSPENDED", "STOPPED", "SIGNALING", "STAGE_OUT", "RESIZING").contains(state);
    }

    /** Runs a command; null when it cannot be started (not installed here). */
    static Result run(List<String> cmd) {
        Process p;
        try {
            p = new ProcessBuilder(cmd).start();
        } catch (IOException e) {
            return null;
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<String> out = read(p.getInputStream());
            CompletableFuture<String> err = read(p.getErrorStream());
            if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new UncheckedIOException(cmd.get(0) + " did not answer", new IOException("no answer in " + WAIT_SECONDS + " seconds"));
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new UncheckedIOException(cmd.get(0) + " was interrupted", new IOException(e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + cmd.get(0), e);
        }
    }

    private static CompletableFuture<String> read(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
