package casus.server.lobby;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Wrong facilitator tokens, counted per address: an address that gets {@link #FREE} wrong within
 * {@link #WINDOW_NANOS} is refused any token for {@link #BLOCK_NANOS}, so that guessing takes
 * years, not minutes. A right token clears the count. Safe from any thread.
 */
final class TokenThrottle {
    static final int FREE = 5;
    static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);
    static final long BLOCK_NANOS = TimeUnit.MINUTES.toNanos(1);
    /** Past this many addresses, those whose window has passed are forgotten. */
    static final int MAX_ADDRESSES = 10_000;

    private record Attempts(int failures, long since, long blockedUntil) {
    }

    private final Map<String, Attempts> byAddress = new ConcurrentHashMap<>();

    /** How long the address must still wait before it may present a token, in nanoseconds; 0 when it may now. */
    long waitNanos(String address, long now) {
        Attempts a = byAddress.get(address);
        return a == null || a.blockedUntil() - now <= 0 ? 0 : a.blockedUntil() - now;
    }

    /** A wrong token from the address. */
    void failed(String address, long now) {
        if (byAddress.size() > MAX_ADDRESSES) {
            byAddress.values().removeIf(a -> now - a.since() > WINDOW_NANOS && a.blockedUntil() - now <= 0);
        }
        byAddress.compute(address, (k, a) -> {
            if (a == null || now - a.since() > WINDOW_NANOS) {
                return new Attempts(1, now, now);
            }
            int n = a.failures() + 1;
            return new Attempts(n, a.since(), n >= FREE ? now + BLOCK_NANOS : a.blockedUntil());
        });
    }

    /** The right token from the address. */
    void succeeded(String address) {
        byAddress.remove(address);
    }

    /** The host part of a remote address as a socket prints it ({@code /127.0.0.1:41234}). */
    static String host(String remote) {
        int colon = remote.lastIndexOf(':');
        String h = colon > 0 ? remote.substring(0, colon) : remote;
        return h.startsWith("/") ? h.substring(1) : h;
    }
}
