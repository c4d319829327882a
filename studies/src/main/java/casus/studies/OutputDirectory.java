package casus.studies;

import casus.engine.study.StudyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Where a study writes: a new directory, or an empty one, so that no file of another study is left in it. */
public final class OutputDirectory {
    private OutputDirectory() {
    }

    public static Path prepare(Path dir) {
        try {
            if (Files.exists(dir)) {
                if (!Files.isDirectory(dir)) {
                    throw new StudyException("--out " + dir + " is a file, not a directory");
                }
                try (Stream<Path> entries = Files.list(dir)) {
                    // a lock left by a study killed before it wrote anything holds nothing
                    if (entries.anyMatch(p -> !p.getFileName().toString().equals(DirectoryLock.FILE))) {
                        throw new StudyException("--out " + dir + " is not empty; give a new directory");
                    }
                }
            }
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new StudyException("--out " + dir + ": cannot create the directory: " + e.getMessage());
        }
    }

    /**
     * Removes what a failed command wrote into a directory {@link #prepare} found new or empty,
     * and the directory itself when {@code created}.
     */
    public static void discard(Path dir, boolean created) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                if (created || !p.equals(dir)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // what cannot be removed stays; the command's own failure is what the user needs to hear
        }
    }

    static UncheckedIOException failed(Path file, IOException e) {
        return new UncheckedIOException("cannot write " + file, e);
    }
}
