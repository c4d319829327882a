package casus.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, where a progress bar belongs. Java cannot ask directly:
 * the launcher says so in the system property {@code casus.stderr.terminal}; otherwise, on Linux,
 * where file descriptor 2 points tells; elsewhere no.
 */
final class Terminal {
    static final String PROPERTY = "casus.stderr.terminal";

    private Terminal() {
    }

    static boolean stderr() {
        String said = System.getProperty(PROPERTY);
        if (said != null) {
            return Boolean.parseBoolean(said);
        }
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
        return false;
    }
}
