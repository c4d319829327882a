package casus.server.testing;

import casus.server.journal.JournalChannels;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Journal channels that write to the real files but fail when told: every sync from
 * {@link #failSyncs()} on, or every write from {@link #failWrites()} on, as a disk that went bad
 * would. Counts the syncs it was asked for.
 */
public final class FaultyJournals implements JournalChannels {
    private final AtomicBoolean syncsFail = new AtomicBoolean();
    private final AtomicBoolean writesFail = new AtomicBoolean();
    private final AtomicInteger syncs = new AtomicInteger();

    @Override
    public FileChannel open(Path file, OpenOption... options) throws IOException {
        return new Faulty(FileChannel.open(file, options));
    }

    public void failSyncs() {
        syncsFail.set(true);
    }

    public void failWrites() {
        writesFail.set(true);
    }

    /** How many syncs were asked for, failed or not. */
    public int syncs() {
        return syncs.get();
    }

    private final class Faulty extends FileChannel {
        private final FileChannel file;

        Faulty(FileChannel file) {
            this.file = file;
        }

        private void refuseWrite() throws IOException {
            if (writesFail.get()) {
                throw new IOException("No space left on device (a test's disk)");
            }
        }

        @Override
        public void force(boolean metaData) throws IOException {
            syncs.incrementAndGet();
            if (syncsFail.get()) {
                throw new IOException("Input/output error (a test's disk)");
            }
            file.force(metaData);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            refuseWrite();
            return file.write(src);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            refuseWrite();
            return file.write(srcs, offset, length);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            refuseWrite();
            return file.write(src, position);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return file.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return file.read(dsts, offset, length);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return file.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            file.truncate(size);
            return this;
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return file.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            return file.transferFrom(src, position, count);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return file.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return file.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
