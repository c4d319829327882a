package casus.server.session;

import casus.server.Clock;
import casus.server.ServerSettings;
import casus.server.auth.Clients;
import casus.server.journal.JournalChannels;
import casus.server.journal.JournalSyncer;
import io.netty.buffer.ByteBufAllocator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every session shares: the settings, the clock, the tick pool its passes run on, a
 * background executor for slow work (creating a session, exporting a record), the thread that
 * syncs journals, the clients, the statistics, the allocator that encodes its updates, and the
 * channels journals are written through.
 */
public record SessionContext(ServerSettings settings, Clock clock, ScheduledExecutorService tickPool, ExecutorService background,
        JournalSyncer syncer, Clients clients, Counters counters, ByteBufAllocator alloc, JournalChannels journals) {

    /** A context whose journals are the file system's. */
    public SessionContext(ServerSettings settings, Clock clock, ScheduledExecutorService tickPool, ExecutorService background,
            JournalSyncer syncer, Clients clients, Counters counters, ByteBufAllocator alloc) {
        this(settings, clock, tickPool, background, syncer, clients, counters, alloc, JournalChannels.files());
    }
}
