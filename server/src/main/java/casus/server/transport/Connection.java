package casus.server.transport;

import casus.server.api.Replies;
import casus.server.auth.Client;
import casus.server.session.Peer;
import casus.server.session.SharedFrame;
import casus.v1.ErrorCode;
import casus.v1.ServerMessage;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** One client connection: its channel, and the client it greeted as. */
public final class Connection implements Peer {
    private final Channel channel;
    private volatile Client client;
    /** The ids of the requests that wait for their replies. */
    private final Set<Long> awaiting = ConcurrentHashMap.newKeySet();

    public Connection(Channel channel) {
        this.channel = channel;
    }

    /** The client this connection said Hello as, or null before Hello. */
    public Client client() {
        return client;
    }

    public void greeted(Client c) {
        client = c;
    }

    /** Notes that a request waits for its reply; false when one with the same id waits already. Only on the event loop. */
    boolean awaitReply(long requestId) {
        return awaiting.add(requestId);
    }

    @Override
    public void send(ServerMessage message) {
        answered(message.getRequestId());
        channel.writeAndFlush(message, channel.voidPromise());
    }

    /** The request's id is free again: its reply is on its way, before the client can reuse the id. */
    private void answered(long requestId) {
        if (requestId != 0) {
            awaiting.remove(requestId);
        }
    }

    @Override
    public boolean sendFrame(SharedFrame frame) {
        if (!channel.isWritable()) {
            frame.release();
            return false;
        }
        channel.writeAndFlush(frame, channel.voidPromise());
        return true;
    }

    @Override
    public boolean active() {
        return channel.isActive();
    }

    @Override
    public void close(ErrorCode code, String reason) {
        close(0, code, reason);
    }

    /** Answers a request with an error, then closes the connection. */
    public void close(long requestId, ErrorCode code, String reason) {
        if (!channel.isActive()) {
            return;
        }
        answered(requestId);
        channel.writeAndFlush(Replies.error(requestId, code, reason)).addListener(ChannelFutureListener.CLOSE);
    }

    /** Closes at once, sending nothing: for a client that no longer reads. */
    public void abort() {
        channel.close();
    }

    @Override
    public String remote() {
        return String.valueOf(channel.remoteAddress());
    }

    @Override
    public String toString() {
        Client c = client;
        return (c == null ? "?" : c.id()) + "@" + remote();
    }
}
