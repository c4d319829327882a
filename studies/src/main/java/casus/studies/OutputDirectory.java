package casus.studies;

import casus.engine.study.StudyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
                    if (entries.findAny().isPresent()) {
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

    static UncheckedIOException failed(Path file, IOException e) {
        return new UncheckedIOException("cannot write " + file, e);
    }
}
