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
 * syncs journals, the clients, the statistics, the allocator that encodes its updates, the
 * channels journals are written through, and what plays a game's day (tests hand in their own
 * of these two, to make them fail).
 */
public record SessionContext(ServerSettings settings, Clock clock, ScheduledExecutorService tickPool, ExecutorService background,
        JournalSyncer syncer, Clients clients, Counters counters, ByteBufAllocator alloc, JournalChannels journals, TickRunner ticks) {

    /** A context whose journals are the file system's and whose ticks are the games' own. */
    public SessionContext(ServerSettings settings, Clock clock, ScheduledExecutorService tickPool, ExecutorService background,
            JournalSyncer syncer, Clients clients, Counters counters, ByteBufAllocator alloc) {
        this(settings, clock, tickPool, background, syncer, clients, counters, alloc, JournalChannels.files(), TickRunner.game());
    }
}
