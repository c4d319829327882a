package casus.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * The facilitator token the server generated, kept in its data folder, readable by its owner
 * only: a restart keeps the token, so the facilitator's client resumes instead of being locked out.
 */
final class KeptToken {
    private KeptToken() {
    }

    /** The token kept in {@code file}, or a new one from {@code generate}, written there first. */
    static String readOrCreate(Path file, Supplier<String> generate) {
        try {
            if (Files.isRegularFile(file)) {
                String t = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (t.length() < 8) {
                    throw new BadInputException("the facilitator token kept in " + file + " is shorter than 8 characters; delete the file "
                            + "to have a new one made");
                }
                return t;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String t = generate.get();
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, t + "\n", StandardCharsets.UTF_8);
            return t;
        } catch (FileAlreadyExistsException e) {
            return readOrCreate(file, generate);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the facilitator token in " + file, e);
        }
    }
}
