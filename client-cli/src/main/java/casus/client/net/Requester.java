package casus.client.net;

import casus.v1.ClientMessage;
import casus.v1.ServerMessage;
import java.time.Duration;

/** What the commands need of the connection: asking the server, and who the client is to it. */
public interface Requester {
    /**
     * Sends a request and waits for its reply.
     *
     * @throws RefusedException when the server answers with an Error
     * @throws ConnectionLostException when there is no connection, or it drops before the reply
     */
    ServerMessage call(ClientMessage.Builder request, Duration timeout);

    /** Sends a request and waits for its reply within the usual timeout. */
    ServerMessage call(ClientMessage.Builder request);

    /** Whether the server took this client for a facilitator. */
    boolean facilitator();

    /** The server's address, for messages: "host:port". */
    String address();

    /** The name this client said Hello with. */
    default String name() {
        return "";
    }
}
