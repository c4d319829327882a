package casus.cli;

import casus.server.testing.ServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The {@code casus} command line run from the packaged jar in a process of its own, as a user runs it. */
final class JarProcess {
    private final Process process;
    private final Path out;
    private final Path err;

    private JarProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code java -jar casus.jar ARGS}, its output kept in files beside {@code logs}, with {@code env} added to its environment. */
    static JarProcess start(Path logs, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
                ServerProcess.jar().toString()));
        cmd.addAll(List.of(args));
        try {
            Files.createDirectories(logs);
            Path out = Files.createTempFile(logs, "out-", ".txt");
            Path err = Files.createTempFile(logs, "err-", ".txt");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            return new JarProcess(pb.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code java -jar casus.jar ARGS} to its end. */
    static Cli run(Path logs, Map<String, String> env, String... args) {
        return start(logs, env, args).waitFor(Duration.ofMinutes(5));
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Sends a signal by name ({@code TERM}, {@code INT}, {@code KILL}), unless the process has ended. */
    void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid())).redirectErrorStream(true).start();
            int status = kill.waitFor();
            if (status != 0 && alive()) {
                throw new IllegalStateException("kill -" + name + " " + pid() + " exited " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the process to end; what it printed and its exit status. */
    Cli waitFor(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("casus did not end within " + limit + ": " + Files.readString(err));
            }
            return new Cli(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code condition} holds, while the process runs; false when it ended first or {@code limit} passed. */
    boolean await(BooleanSupplier condition, Duration limit) {
        return until(condition, limit, this::alive);
    }

    /** Polls {@code condition} every tenth of a second until it holds, {@code limit} passes, or {@code still} stops holding. */
    static boolean until(BooleanSupplier condition, Duration limit, BooleanSupplier still) {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end && still.getAsBoolean()) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    void destroy() {
        process.destroyForcibly();
    }
}
