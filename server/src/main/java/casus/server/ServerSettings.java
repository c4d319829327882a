package casus.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the server can be told, each with a named default. Immutable: the {@code with}
 * methods return changed copies, so a test states only what it changes.
 */
public record ServerSettings(
        String host,
        int port,
        Path dataDir,
        String facilitatorToken,
        int maxFrameBytes,
        int maxServerFrameBytes,
        Duration helloTimeout,
        Duration idleTimeout,
        Duration grace,
        Duration stallTimeout,
        int writeLowWaterBytes,
        int writeHighWaterBytes,
        int socketSendBufferBytes,
        double requestsPerSecond,
        int requestBurst,
        int inboxCapacity,
        int drainPerClient,
        int tickThreads,
        int ioThreads,
        int maxCatchUpTicks,
        int minTickMillis,
        int recentDays,
        Duration endedRetention) {

    /** Loopback only, unless told otherwise. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7400;
    /** The largest frame a client may send: its length prefix is checked before anything is read. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 1 << 20;
    /** The largest frame the server sends: a whole session's record. */
    public static final int DEFAULT_MAX_SERVER_FRAME_BYTES = 64 << 20;
    /** A connection must say Hello within this. */
    public static final Duration DEFAULT_HELLO_TIMEOUT = Duration.ofSeconds(10);
    /** A connection that sends nothing for this long is closed. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** How long a disconnected player keeps its state before the agent takes it back. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(60);
    /** How long a connection may stay above its outbound high-water mark before it is closed. */
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(2);
    public static final int DEFAULT_WRITE_LOW_WATER = 256 << 10;
    public static final int DEFAULT_WRITE_HIGH_WATER = 1 << 20;
    /** The kernel's send buffer per connection; 0 leaves the system's default. */
    public static final int DEFAULT_SOCKET_SEND_BUFFER = 0;
    /** Requests a connection may send per second, sustained, and in a burst. */
    public static final double DEFAULT_REQUESTS_PER_SECOND = 50;
    public static final int DEFAULT_REQUEST_BURST = 100;
    /** Requests a session holds before it refuses more as busy. */
    public static final int DEFAULT_INBOX_CAPACITY = 1024;
    /** Requests of one client a session handles in one pass before it turns to the others. */
    public static final int DEFAULT_DRAIN_PER_CLIENT = 32;
    /** Ticks a real-time session runs back to back to catch up before it drops the rest. */
    public static final int DEFAULT_MAX_CATCH_UP_TICKS = 3;
    /** The shortest real-time tick. */
    public static final int DEFAULT_MIN_TICK_MILLIS = 10;
    /** Days of a state's decisions a briefing recalls. */
    public static final int DEFAULT_RECENT_DAYS = 7;
    /** How long an ended session stays listed, for its members to read its end and export it; its journal stays. */
    public static final Duration DEFAULT_ENDED_RETENTION = Duration.ofMinutes(30);

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        require(port >= 0 && port <= 65535, "port must be within 0..65535, got " + port);
        require(facilitatorToken != null && facilitatorToken.length() >= 8,
                "the facilitator token must have at least 8 characters");
        require(maxFrameBytes >= 64, "maxFrameBytes must be at least 64, got " + maxFrameBytes);
        require(maxServerFrameBytes >= maxFrameBytes, "maxServerFrameBytes must be at least maxFrameBytes, got " + maxServerFrameBytes);
        require(positive(helloTimeout) && positive(idleTimeout) && positive(stallTimeout) && !grace.isNegative(),
                "timeouts must be positive and the grace period not negative");
        require(writeLowWaterBytes > 0 && writeHighWaterBytes > writeLowWaterBytes,
                "the write high-water mark must be above the low one, got " + writeLowWaterBytes + " and " + writeHighWaterBytes);
        require(socketSendBufferBytes >= 0, "socketSendBufferBytes must not be negative, got " + socketSendBufferBytes);
        require(requestsPerSecond > 0 && requestBurst >= 1, "the request rate and burst must be positive");
        require(inboxCapacity >= 16, "inboxCapacity must be at least 16, got " + inboxCapacity);
        require(drainPerClient >= 1, "drainPerClient must be at least 1, got " + drainPerClient);
        require(tickThreads >= 1 && ioThreads >= 1, "thread counts must be at least 1, got " + tickThreads + " and " + ioThreads);
        require(maxCatchUpTicks >= 0, "maxCatchUpTicks must not be negative, got " + maxCatchUpTicks);
        require(minTickMillis >= 1, "minTickMillis must be at least 1, got " + minTickMillis);
        require(recentDays >= 1, "recentDays must be at least 1, got " + recentDays);
        require(endedRetention != null && !endedRetention.isNegative(), "endedRetention must not be negative");
    }

    /** The defaults, with data kept in {@code dataDir} and the given facilitator token. */
    public static ServerSettings defaults(Path dataDir, String facilitatorToken) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, dataDir, facilitatorToken, DEFAULT_MAX_FRAME_BYTES,
                DEFAULT_MAX_SERVER_FRAME_BYTES, DEFAULT_HELLO_TIMEOUT, DEFAULT_IDLE_TIMEOUT, DEFAULT_GRACE,
                DEFAULT_STALL_TIMEOUT, DEFAULT_WRITE_LOW_WATER, DEFAULT_WRITE_HIGH_WATER, DEFAULT_SOCKET_SEND_BUFFER, DEFAULT_REQUESTS_PER_SECOND,
                DEFAULT_REQUEST_BURST, DEFAULT_INBOX_CAPACITY, DEFAULT_DRAIN_PER_CLIENT, cores, cores,
                DEFAULT_MAX_CATCH_UP_TICKS, DEFAULT_MIN_TICK_MILLIS, DEFAULT_RECENT_DAYS, DEFAULT_ENDED_RETENTION);
    }

    public ServerSettings withAddress(String newHost, int newPort) {
        return new ServerSettings(newHost, newPort, dataDir, facilitatorToken, maxFrameBytes, maxServerFrameBytes, helloTimeout,
                idleTimeout, grace, stallTimeout, writeLowWaterBytes, writeHighWaterBytes, socketSendBufferBytes, requestsPerSecond, requestBurst,
                inboxCapacity, drainPerClient, tickThreads, ioThreads, maxCatchUpTicks, minTickMillis, recentDays, endedRetention);
    }

    public ServerSettings withTimeouts(Duration newHello, Duration newIdle, Duration newGrace, Duration newStall) {
        return new ServerSettings(host, port, dataDir, facilitatorToken, maxFrameBytes, maxServerFrameBytes, newHello,
                newIdle, newGrace, newStall, writeLowWaterBytes, writeHighWaterBytes, socketSendBufferBytes, requestsPerSecond, requestBurst,
                inboxCapacity, drainPerClient, tickThreads, ioThreads, maxCatchUpTicks, minTickMillis, recentDays, endedRetention);
    }

    public ServerSettings withRequestRate(double perSecond, int burst) {
        return new ServerSettings(host, port, dataDir, facilitatorToken, maxFrameBytes, maxServerFrameBytes, helloTimeout,
                idleTimeout, grace, stallTimeout, writeLowWaterBytes, writeHighWaterBytes, socketSendBufferBytes, perSecond, burst,
                inboxCapacity, drainPerClient, tickThreads, ioThreads, maxCatchUpTicks, minTickMillis, recentDays, endedRetention);
    }

    public ServerSettings withSocketSendBuffer(int bytes) {
        return new ServerSettings(host, port, dataDir, facilitatorToken, maxFrameBytes, maxServerFrameBytes, helloTimeout,
                idleTimeout, grace, stallTimeout, writeLowWaterBytes, writeHighWaterBytes, bytes, requestsPerSecond, requestBurst,
                inboxCapacity, drainPerClient, tickThreads, ioThreads, maxCatchUpTicks, minTickMillis, recentDays, endedRetention);
    }

    public ServerSettings withWriteWaterMarks(int low, int high) {
        return new ServerSettings(host, port, dataDir, facilitatorToken, maxFrameBytes, maxServerFrameBytes, helloTimeout,
                idleTimeout, grace, stallTimeout, low, high, socketSendBufferBytes, requestsPerSecond, requestBurst,
                inboxCapacity, drainPerClient, tickThreads, ioThreads, maxCatchUpTicks, minTickMillis, recentDays, endedRetention);
    }

    public ServerSettings withThreads(int newTickThreads, int newIoThreads) {
        return new ServerSettings(host, port, dataDir, facilitatorToken, maxFrameBytes, maxServerFrameBytes, helloTimeout,
                idleTimeout, grace, stallTimeout, writeLowWaterBytes, writeHighWaterBytes, socketSendBufferBytes, requestsPerSecond, requestBurst,
                inboxCapacity, drainPerClient, newTickThreads, newIoThreads, maxCatchUpTicks, minTickMillis, recentDays, endedRetention);
    }

    public ServerSettings withMaxFrameBytes(int newMax) {
        return new ServerSettings(host, port, dataDir, facilitatorToken, newMax, Math.max(newMax, maxServerFrameBytes), helloTimeout,
                idleTimeout, grace, stallTimeout, writeLowWaterBytes, writeHighWaterBytes, socketSendBufferBytes, requestsPerSecond, requestBurst,
                inboxCapacity, drainPerClient, tickThreads, ioThreads, maxCatchUpTicks, minTickMillis, recentDays, endedRetention);
    }

    public ServerSettings withEndedRetention(Duration d) {
        return new ServerSettings(host, port, dataDir, facilitatorToken, maxFrameBytes, maxServerFrameBytes, helloTimeout,
                idleTimeout, grace, stallTimeout, writeLowWaterBytes, writeHighWaterBytes, socketSendBufferBytes, requestsPerSecond, requestBurst,
                inboxCapacity, drainPerClient, tickThreads, ioThreads, maxCatchUpTicks, minTickMillis, recentDays, d);
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
