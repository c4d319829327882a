package casus.server.lobby;

import casus.server.session.Counters;
import casus.server.session.Sessions;
import casus.server.transport.TrafficCounter;
import casus.v1.ServerStats;
import casus.v1.SessionPhase;
import io.netty.util.internal.PlatformDependent;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;

/** The server's health, read on demand. */
public final class StatsReader {
    private static final Path STATUS = Path.of("/proc/self/status");

    private final Sessions sessions;
    private final Counters counters;
    private final TrafficCounter traffic;
    private final IntSupplier connections;
    private final java.util.function.LongSupplier slowClosed;
    private final int tickThreads;
    private final int ioThreads;
    private final long startedNanos;

    public StatsReader(Sessions sessions, Counters counters, TrafficCounter traffic, IntSupplier connections,
            java.util.function.LongSupplier slowClosed, int tickThreads, int ioThreads, long startedNanos) {
        this.slowClosed = slowClosed;
        this.sessions = sessions;
        this.counters = counters;
        this.traffic = traffic;
        this.connections = connections;
        this.tickThreads = tickThreads;
        this.ioThreads = ioThreads;
        this.startedNanos = startedNanos;
    }

    public ServerStats read(long nowNanos) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        int running = 0;
        for (var s : sessions.list()) {
            if (s.getPhase() == SessionPhase.RUNNING) {
                running++;
            }
        }
        return ServerStats.newBuilder().setSessions(sessions.size()).setRunningSessions(running).setConnections(connections.getAsInt())
                .setHeapUsedBytes(heap.getUsed()).setHeapCommittedBytes(heap.getCommitted()).setHeapMaxBytes(heap.getMax())
                .setDirectUsedBytes(Math.max(0, PlatformDependent.usedDirectMemory())).setResidentBytes(resident())
                .setFramesIn(traffic.framesIn()).setFramesOut(traffic.framesOut()).setBytesOut(traffic.bytesOut())
                .setTicks(counters.ticks()).setTicksBehind(counters.behind()).setTicksSkipped(counters.skipped())
                .setUpdatesSkipped(counters.updatesSkipped()).setSlowClientsClosed(slowClosed.getAsLong()).setTickThreads(tickThreads).setIoThreads(ioThreads)
                .setUptimeSeconds((nowNanos - startedNanos) / 1e9).setMaxLatenessMicros(counters.takeMaxLatenessMicros())
                .setProcessCpuSeconds(cpuSeconds()).build();
    }

    /** The process's CPU time, where the JVM tells it; 0 elsewhere. */
    static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime()) / 1e9;
        }
        return 0;
    }

    /** The resident set from /proc (Linux), in bytes; 0 elsewhere. */
    static long resident() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    String[] p = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(p[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
