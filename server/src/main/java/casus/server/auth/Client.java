package casus.server.auth;

import casus.server.session.Peer;
import casus.v1.Role;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a connection greeted as: an id others see, a display name, the hash of its resume token,
 * whether it holds the facilitator token, and the sessions it belongs to. Outlives its
 * connection for the grace period, so that a reconnection resumes it.
 */
public final class Client {
    /** A client's part in one session, as the session last set it. */
    public record Membership(Role role, String state) {
    }

    private final String id;
    private final String name;
    private final String tokenHash;
    private final boolean facilitator;
    private final Map<String, Membership> memberships = new ConcurrentHashMap<>();
    private volatile Peer peer;

    Client(String id, String name, String tokenHash, boolean facilitator) {
        this.id = id;
        this.name = name;
        this.tokenHash = tokenHash;
        this.facilitator = facilitator;
    }

    public String id() {
        return id;
    }

    /** The name others see: "anonymous" for a client that gave none. */
    public String name() {
        return name.isEmpty() ? "anonymous" : name;
    }

    /** Whether the client gave a name: a player needs one. */
    public boolean named() {
        return !name.isEmpty();
    }

    public String tokenHash() {
        return tokenHash;
    }

    public boolean facilitator() {
        return facilitator;
    }

    /** The connection it speaks through now, or null while disconnected. */
    public Peer peer() {
        return peer;
    }

    public void attach(Peer p) {
        peer = p;
    }

    /** Detaches {@code p} if it is still the current connection; returns whether it was. */
    public boolean detach(Peer p) {
        if (peer == p) {
            peer = null;
            return true;
        }
        return false;
    }

    /** The sessions it belongs to, by session id. */
    public Map<String, Membership> memberships() {
        return memberships;
    }

    /** Sessions call this when its role or state changes. */
    public void member(String sessionId, Role role, String state) {
        memberships.put(sessionId, new Membership(role, state));
    }

    public void leave(String sessionId) {
        memberships.remove(sessionId);
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
