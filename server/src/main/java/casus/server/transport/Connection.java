package casus.server.transport;

import casus.server.api.Replies;
import casus.server.auth.Client;
import casus.server.session.Peer;
import casus.v1.ErrorCode;
import casus.v1.ServerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;

/** One client connection: its channel, and the client it greeted as. */
public final class Connection implements Peer {
    private final Channel channel;
    private volatile Client client;

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

    @Override
    public void send(ServerMessage message) {
        channel.writeAndFlush(message, channel.voidPromise());
    }

    @Override
    public boolean sendFrame(ByteBuf frame) {
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
