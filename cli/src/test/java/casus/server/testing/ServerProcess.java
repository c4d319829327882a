package casus.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code casus serve} as a separate process, from the shaded jar the build made. */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on ([^:]+):(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("facilitator token: (\\S+)");

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final InetSocketAddress address;
    private final long readyMillis;
    /** What the process printed and nobody read yet. */
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();

    private ServerProcess(Process process, Path log) throws InterruptedException {
        this.process = process;
        long started = System.nanoTime();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    out.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "server-process-stdout");
        reader.setDaemon(true);
        reader.start();
        InetSocketAddress at = null;
        while (at == null) {
            String line = out.poll(30, TimeUnit.SECONDS);
            if (line == null) {
                throw new IllegalStateException("the server did not start; its log: " + log);
            }
            synchronized (lines) {
                lines.add(line);
            }
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                at = new InetSocketAddress(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        readyMillis = (System.nanoTime() - started) / 1_000_000;
        for (int i = 0; i < 2; i++) {
            String line = out.poll(5, TimeUnit.SECONDS);
            if (line != null) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        }
        address = at;
    }

    /** The path of the shaded jar: the build passes it as the system property {@code casus.jar}. */
    public static Path jar() {
        String p = System.getProperty("casus.jar", "target/casus.jar");
        Path jar = Path.of(p);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no casus.jar at " + jar + "; run the package phase first");
        }
        return jar;
    }

    /** Starts {@code casus serve --port 0 --data DATA} with the given extra arguments. */
    public static ServerProcess start(Path data, List<String> args, boolean withoutTokenEnv) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", jar().toString(), "serve", "--port", "0", "--data", data.toString(), "--tick-threads", "2", "--io-threads", "2"));
        cmd.addAll(args);
        Path log = data.resolveSibling(data.getFileName() + "-server.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (withoutTokenEnv) {
            pb.environment().remove("CASUS_FACILITATOR_TOKEN");
        }
        try {
            return new ServerProcess(pb.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public InetSocketAddress address() {
        return address;
    }

    /** Milliseconds from starting the process to its "listening" line. */
    public long readyMillis() {
        return readyMillis;
    }

    /** What it printed on standard output so far. */
    public List<String> lines() {
        synchronized (lines) {
            out.drainTo(lines);
            return List.copyOf(lines);
        }
    }

    /** The facilitator token it printed, when it generated one. */
    public String printedToken() {
        for (String l : lines()) {
            Matcher m = TOKEN.matcher(l);
            if (m.find() && !m.group(1).startsWith("(")) {
                return m.group(1);
            }
        }
        return null;
    }

    /** SIGKILL: no shutdown hook, no flushing; waits for it to die. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM; waits for it to exit and returns its exit status. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server did not stop on SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
