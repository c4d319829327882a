package casus.server.session;

import casus.server.auth.Client;
import casus.v1.Role;

/** A client's membership of one session, as the session's thread keeps it. */
final class Member {
    final Client client;
    Role role;
    /** The connection, or null while disconnected. */
    Peer peer;
    /** When the connection closed, by the monotonic clock; meaningful while {@link #peer} is null. */
    long disconnectedAt;
    /** The state it controls, or -1. */
    int state = -1;

    Member(Client client, Role role, Peer peer) {
        this.client = client;
        this.role = role;
        this.peer = peer;
    }

    boolean connected() {
        return peer != null && peer.active();
    }
}
