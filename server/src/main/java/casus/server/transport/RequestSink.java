package casus.server.transport;

import casus.v1.ClientMessage;

/** Where a connection's requests go once decoded and within the rate limit. */
public interface RequestSink {
    /** Called on the connection's event loop, one request at a time, in arrival order. */
    void request(Connection c, ClientMessage m);

    /** The connection closed. */
    void closed(Connection c);
}
