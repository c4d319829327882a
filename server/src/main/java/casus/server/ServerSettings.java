package casus.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the server can be told, each with a named default. Immutable: {@link #toBuilder()}
 * and the {@code with} methods return changed copies, so a test states only what it changes.
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
        Duration endedRetention,
        int journalSyncThreads) {

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
    /** Threads that sync journals to disk, each a different journal at a time. */
    public static final int DEFAULT_JOURNAL_SYNC_THREADS = 8;

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
        require(journalSyncThreads >= 1, "journalSyncThreads must be at least 1, got " + journalSyncThreads);
    }

    /** The defaults, with data kept in {@code dataDir} and the given facilitator token. */
    public static ServerSettings defaults(Path dataDir, String facilitatorToken) {
        return builder(dataDir, facilitatorToken).build();
    }

    /** A builder holding the defaults, with data kept in {@code dataDir} and the given facilitator token. */
    public static Builder builder(Path dataDir, String facilitatorToken) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new Builder().host(DEFAULT_HOST).port(DEFAULT_PORT).dataDir(dataDir).facilitatorToken(facilitatorToken)
                .maxFrameBytes(DEFAULT_MAX_FRAME_BYTES).maxServerFrameBytes(DEFAULT_MAX_SERVER_FRAME_BYTES)
                .helloTimeout(DEFAULT_HELLO_TIMEOUT).idleTimeout(DEFAULT_IDLE_TIMEOUT).grace(DEFAULT_GRACE).stallTimeout(DEFAULT_STALL_TIMEOUT)
                .writeLowWaterBytes(DEFAULT_WRITE_LOW_WATER).writeHighWaterBytes(DEFAULT_WRITE_HIGH_WATER)
                .socketSendBufferBytes(DEFAULT_SOCKET_SEND_BUFFER).requestsPerSecond(DEFAULT_REQUESTS_PER_SECOND)
                .requestBurst(DEFAULT_REQUEST_BURST).inboxCapacity(DEFAULT_INBOX_CAPACITY).drainPerClient(DEFAULT_DRAIN_PER_CLIENT)
                .tickThreads(cores).ioThreads(cores).maxCatchUpTicks(DEFAULT_MAX_CATCH_UP_TICKS).minTickMillis(DEFAULT_MIN_TICK_MILLIS)
                .recentDays(DEFAULT_RECENT_DAYS).endedRetention(DEFAULT_ENDED_RETENTION).journalSyncThreads(DEFAULT_JOURNAL_SYNC_THREADS);
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public ServerSettings withAddress(String newHost, int newPort) {
        return toBuilder().host(newHost).port(newPort).build();
    }

    public ServerSettings withTimeouts(Duration newHello, Duration newIdle, Duration newGrace, Duration newStall) {
        return toBuilder().helloTimeout(newHello).idleTimeout(newIdle).grace(newGrace).stallTimeout(newStall).build();
    }

    public ServerSettings withRequestRate(double perSecond, int burst) {
        return toBuilder().requestsPerSecond(perSecond).requestBurst(burst).build();
    }

    public ServerSettings withSocketSendBuffer(int bytes) {
        return toBuilder().socketSendBufferBytes(bytes).build();
    }

    public ServerSettings withWriteWaterMarks(int low, int high) {
        return toBuilder().writeLowWaterBytes(low).writeHighWaterBytes(high).build();
    }

    public ServerSettings withThreads(int newTickThreads, int newIoThreads) {
        return toBuilder().tickThreads(newTickThreads).ioThreads(newIoThreads).build();
    }

    /** A new client frame maximum; the server's own rises with it if it was lower. */
    public ServerSettings withMaxFrameBytes(int newMax) {
        return toBuilder().maxFrameBytes(newMax).maxServerFrameBytes(Math.max(newMax, maxServerFrameBytes)).build();
    }

    public ServerSettings withEndedRetention(Duration d) {
        return toBuilder().endedRetention(d).build();
    }

    /** Settings built a few at a time; {@link #build()} checks them all at once. */
    public static final class Builder {
        private String host;
        private int port;
        private Path dataDir;
        private String facilitatorToken;
        private int maxFrameBytes;
        private int maxServerFrameBytes;
        private Duration helloTimeout;
        private Duration idleTimeout;
        private Duration grace;
        private Duration stallTimeout;
        private int writeLowWaterBytes;
        private int writeHighWaterBytes;
        private int socketSendBufferBytes;
        private double requestsPerSecond;
        private int requestBurst;
        private int inboxCapacity;
        private int drainPerClient;
        private int tickThreads;
        private int ioThreads;
        private int maxCatchUpTicks;
        private int minTickMillis;
        private int recentDays;
        private Duration endedRetention;
        private int journalSyncThreads;

        private Builder() {
        }

        private Builder(ServerSettings s) {
            host = s.host;
            port = s.port;
            dataDir = s.dataDir;
            facilitatorToken = s.facilitatorToken;
            maxFrameBytes = s.maxFrameBytes;
            maxServerFrameBytes = s.maxServerFrameBytes;
            helloTimeout = s.helloTimeout;
            idleTimeout = s.idleTimeout;
            grace = s.grace;
            stallTimeout = s.stallTimeout;
            writeLowWaterBytes = s.writeLowWaterBytes;
            writeHighWaterBytes = s.writeHighWaterBytes;
            socketSendBufferBytes = s.socketSendBufferBytes;
            requestsPerSecond = s.requestsPerSecond;
            requestBurst = s.requestBurst;
            inboxCapacity = s.inboxCapacity;
            drainPerClient = s.drainPerClient;
            tickThreads = s.tickThreads;
            ioThreads = s.ioThreads;
            maxCatchUpTicks = s.maxCatchUpTicks;
            minTickMillis = s.minTickMillis;
            recentDays = s.recentDays;
            endedRetention = s.endedRetention;
            journalSyncThreads = s.journalSyncThreads;
        }

        public Builder host(String value) {
            this.host = value;
            return this;
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder dataDir(Path value) {
            this.dataDir = value;
            return this;
        }

        public Builder facilitatorToken(String value) {
            this.facilitatorToken = value;
            return this;
        }

        public Builder maxFrameBytes(int value) {
            this.maxFrameBytes = value;
            return this;
        }

        public Builder maxServerFrameBytes(int value) {
            this.maxServerFrameBytes = value;
            return this;
        }

        public Builder helloTimeout(Duration value) {
            this.helloTimeout = value;
            return this;
        }

        public Builder idleTimeout(Duration value) {
            this.idleTimeout = value;
            return this;
        }

        public Builder grace(Duration value) {
            this.grace = value;
            return this;
        }

        public Builder stallTimeout(Duration value) {
            this.stallTimeout = value;
            return this;
        }

        public Builder writeLowWaterBytes(int value) {
            this.writeLowWaterBytes = value;
            return this;
        }

        public Builder writeHighWaterBytes(int value) {
            this.writeHighWaterBytes = value;
            return this;
        }

        public Builder socketSendBufferBytes(int value) {
            this.socketSendBufferBytes = value;
            return this;
        }

        public Builder requestsPerSecond(double value) {
            this.requestsPerSecond = value;
            return this;
        }

        public Builder requestBurst(int value) {
            this.requestBurst = value;
            return this;
        }

        public Builder inboxCapacity(int value) {
            this.inboxCapacity = value;
            return this;
        }

        public Builder drainPerClient(int value) {
            this.drainPerClient = value;
            return this;
        }

        public Builder tickThreads(int value) {
            this.tickThreads = value;
            return this;
        }

        public Builder ioThreads(int value) {
            this.ioThreads = value;
            return this;
        }

        public Builder maxCatchUpTicks(int value) {
            this.maxCatchUpTicks = value;
            return this;
        }

        public Builder minTickMillis(int value) {
            this.minTickMillis = value;
            return this;
        }

        public Builder recentDays(int value) {
            this.recentDays = value;
            return this;
        }

        public Builder endedRetention(Duration value) {
            this.endedRetention = value;
            return this;
        }

        public Builder journalSyncThreads(int value) {
            this.journalSyncThreads = value;
            return this;
        }

        public ServerSettings build() {
            return new ServerSettings(host, port, dataDir, facilitatorToken, maxFrameBytes, maxServerFrameBytes, helloTimeout, idleTimeout,
                    grace, stallTimeout, writeLowWaterBytes, writeHighWaterBytes, socketSendBufferBytes, requestsPerSecond, requestBurst,
                    inboxCapacity, drainPerClient, tickThreads, ioThreads, maxCatchUpTicks, minTickMillis, recentDays, endedRetention,
                    journalSyncThreads);
        }
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
