package casus.server.session;

import casus.server.auth.Client;
import casus.v1.ClientMessage;
import java.util.concurrent.CompletableFuture;

/** What reaches a session's inbox from the network side; handled on the session's thread, in order. */
sealed interface Inbound {
    /** A request from a client. */
    record Request(Client client, Peer peer, ClientMessage message) implements Inbound {
    }

    /** A member's connection closed: its grace period starts. */
    record Disconnected(Client client, Peer peer) implements Inbound {
    }

    /** A member resumed on a new connection. */
    record Reattached(Client client, Peer peer) implements Inbound {
    }

    /** The facilitator removed a member: its state goes back to the agent at once. */
    record Kicked(Client client) implements Inbound {
    }

    /** The server stops: finish the journal. */
    record Shutdown(CompletableFuture<Void> done) implements Inbound {
    }
}
