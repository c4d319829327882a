package casus.server.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;

/** Opens the file channel a journal writes through: the file system's, or a test's that fails when told. */
@FunctionalInterface
public interface JournalChannels {
    FileChannel open(Path file, OpenOption... options) throws IOException;

    /** The file system's channels. */
    static JournalChannels files() {
        return FileChannel::open;
    }
}
