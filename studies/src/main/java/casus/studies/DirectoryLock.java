package casus.studies;

import casus.engine.study.StudyException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock a process holds on a study's directory while it writes there ({@code .lock}), so that
 * a second {@code casus batch --resume} cannot write the same files. The system lets go of it
 * when the process dies, however it dies.
 */
final class DirectoryLock implements AutoCloseable {
    static final String FILE = ".lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private DirectoryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code dir}.
     *
     * @throws StudyException when another process holds it
     */
    static DirectoryLock take(Path dir) {
        Path file = dir.resolve(FILE);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock != null) {
                return new DirectoryLock(file, ch, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by this very process
        } catch (IOException e) {
            throw new StudyException("cannot lock " + dir + ": " + e.getMessage());
        }
        closeQuietly(ch);
        throw new StudyException(dir + " is being written by another casus process");
    }

    /** The writing is over: the folder's {@link Checkpoint} removed, then the lock let go. */
    void release() {
        Checkpoint.delete(file.getParent());
        close();
    }

    /** Lets go of the lock and removes its file; again, does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Files.deleteIfExists(file);
            lock.release();
        } catch (IOException e) {
            // the lock goes with the channel
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch == null) {
            return;
        }
        try {
            ch.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}
