package casus.client.net;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client reaches the server and who it says it is, each with a named default.
 *
 * @param host the server's host
 * @param port the server's port
 * @param name the display name other members see
 * @param facilitatorToken the server's facilitator token, or "" for a player
 * @param major the protocol's major version the client speaks
 * @param minor the protocol's minor version the client speaks
 * @param connectTimeout how long to wait for the TCP connection
 * @param replyTimeout how long to wait for a reply
 * @param reconnectFor how long to keep trying to reconnect after a dropped connection
 * @param maxFrameBytes the longest frame accepted before the server says what it may send
 */
public record RemoteSettings(String host, int port, String name, String facilitatorToken, int major, int minor,
        Duration connectTimeout, Duration replyTimeout, Duration reconnectFor, int maxFrameBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7400;
    /** The protocol this client speaks: casus.v1, version 1.1. */
    public static final int MAJOR = 1;
    public static final int MINOR = 3;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofSeconds(30);
    /** Long enough to ride out a server restart; the server keeps a player's state for its grace period. */
    public static final Duration DEFAULT_RECONNECT_FOR = Duration.ofMinutes(2);
    /** A whole session's record may come in one frame. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 64 << 20;

    public RemoteSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(facilitatorToken, "facilitatorToken");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the port must be within 1..65535, got " + port);
        }
        if (maxFrameBytes < 64) {
            throw new IllegalArgumentException("maxFrameBytes must be at least 64, got " + maxFrameBytes);
        }
    }

    public static RemoteSettings defaults(String host, int port, String name, String facilitatorToken) {
        return new RemoteSettings(host, port, name, facilitatorToken, MAJOR, MINOR, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REPLY_TIMEOUT,
                DEFAULT_RECONNECT_FOR, DEFAULT_MAX_FRAME_BYTES);
    }

    /** The same settings speaking another protocol version. */
    public RemoteSettings withVersion(int newMajor, int newMinor) {
        return new RemoteSettings(host, port, name, facilitatorToken, newMajor, newMinor, connectTimeout, replyTimeout, reconnectFor,
                maxFrameBytes);
    }

    public RemoteSettings withReconnectFor(Duration d) {
        return new RemoteSettings(host, port, name, facilitatorToken, major, minor, connectTimeout, replyTimeout, d, maxFrameBytes);
    }

    public String address() {
        return host + ":" + port;
    }
}
