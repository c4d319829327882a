package casus.client.command;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The seat keys this client was given, one per server, session and state: a person takes their
 * seat back with one from another terminal, after a long disconnection or after the server
 * restarted. Kept in a folder of the user's (one small file each, readable by its owner only),
 * or in memory only. Safe from any thread.
 */
public final class SeatKeys {
    /** A key kept: where it opens a seat, whose it is, and when it was kept. */
    public record Kept(String server, String sessionId, String joinCode, String state, String name, String key, long keptAt) {
    }

    /** The folder, or null to keep keys in memory only. */
    private final Path dir;
    private final Map<String, Kept> memory = new LinkedHashMap<>();

    private SeatKeys(Path dir) {
        this.dir = dir;
    }

    /** Keys kept in files under {@code dir}, made when the first key is kept. */
    public static SeatKeys in(Path dir) {
        return new SeatKeys(dir);
    }

    /** Keys kept while the client runs, and no longer. */
    public static SeatKeys memory() {
        return new SeatKeys(null);
    }

    /**
     * Where a user's keys are kept: {@code $XDG_DATA_HOME/casus/seats}, else
     * {@code $HOME/.local/share/casus/seats}; on Windows {@code %APPDATA%\casus\seats}.
     */
    public static Path defaultDir(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "casus", "seats");
        }
        String appData = env.get("APPDATA");
        if (appData != null && !appData.isBlank() && System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return Path.of(appData, "casus", "seats");
        }
        return home.resolve(".local").resolve("share").resolve("casus").resolve("seats");
    }

    /** Where the keys are kept, or null when in memory only. */
    public Path dir() {
        return dir;
    }

    /**
     * Keeps a key, replacing the one kept for the same server, session and state.
     *
     * @throws UncheckedIOException when its file cannot be written
     */
    public synchronized void keep(String server, String sessionId, String joinCode, String state, String name, String key) {
        Kept k = new Kept(server, sessionId, joinCode, state, name, key, System.currentTimeMillis());
        if (dir == null) {
            memory.put(file(server, sessionId, state), k);
            return;
        }
        Properties p = new Properties();
        p.setProperty("server", server);
        p.setProperty("session", sessionId);
        p.setProperty("code", joinCode);
        p.setProperty("state", state);
        p.setProperty("name", name);
        p.setProperty("key", key);
        p.setProperty("kept", Long.toString(k.keptAt()));
        try {
            Files.createDirectories(dir);
            ownerOnly(dir, "rwx------");
            Path target = dir.resolve(file(server, sessionId, state));
            Path tmp = Files.createTempFile(dir, ".seat", ".tmp");
            ownerOnly(tmp, "rw-------");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "a Casus seat key: keep it secret");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the seat key in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The keys kept for a session of a server, named by its join code or id (any case), newest first. */
    public synchronized List<Kept> of(String server, String codeOrSession) {
        List<Kept> out = new ArrayList<>();
        for (Kept k : all()) {
            if (k.server().equals(server) && (k.joinCode().equalsIgnoreCase(codeOrSession) || k.sessionId().equals(codeOrSession))) {
                out.add(k);
            }
        }
        return out;
    }

    /** Every key kept for a server, newest first. */
    public synchronized List<Kept> of(String server) {
        return all().stream().filter(k -> k.server().equals(server)).toList();
    }

    /** Forgets the key of a seat: it was handed back, taken back or handed to someone else. */
    public synchronized void forget(String server, String sessionId, String state) {
        String f = file(server, sessionId, state);
        if (dir == null) {
            memory.remove(f);
            return;
        }
        try {
            Files.deleteIfExists(dir.resolve(f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot forget the seat key " + dir.resolve(f) + ": " + e.getMessage(), e);
        }
    }

    private List<Kept> all() {
        List<Kept> out = new ArrayList<>();
        if (dir == null) {
            out.addAll(memory.values());
        } else if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.seat")) {
                for (Path f : files) {
                    Kept k = read(f);
                    if (k != null) {
                        out.add(k);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the seat keys in " + dir + ": " + e.getMessage(), e);
            }
        }
        out.sort(Comparator.comparingLong(Kept::keptAt).reversed());
        return out;
    }

    private static Kept read(Path f) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        String key = p.getProperty("key", "");
        if (key.isEmpty()) {
            return null;
        }
        long kept;
        try {
            kept = Long.parseLong(p.getProperty("kept", "0"));
        } catch (NumberFormatException e) {
            kept = 0;
        }
        return new Kept(p.getProperty("server", ""), p.getProperty("session", ""), p.getProperty("code", ""), p.getProperty("state", ""),
                p.getProperty("name", ""), key, kept);
    }

    /** The file of a seat's key: the server, the session and the state, in letters a file name takes anywhere. */
    static String file(String server, String sessionId, String state) {
        return safe(server) + "--" + safe(sessionId) + "--" + safe(state) + ".seat";
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void ownerOnly(Path p, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own rules apply
        }
    }
}
