package casus.server.session;

import casus.v1.ErrorCode;
import casus.v1.ServerMessage;

/** A client's connection, as sessions see it: somewhere to send replies and updates. */
public interface Peer {
    /** Writes and flushes a message. */
    void send(ServerMessage message);

    /**
     * Writes and flushes a frame encoded once for many peers, taking ownership of this peer's
     * copy of it. A peer that is not writable skips it (releasing the copy) and returns false.
     */
    boolean sendFrame(SharedFrame frame);

    /** Whether the connection is open. */
    boolean active();

    /** Sends an error push naming why, then closes the connection. */
    void close(ErrorCode code, String reason);

    /** The remote address, for logs. */
    String remote();
}
