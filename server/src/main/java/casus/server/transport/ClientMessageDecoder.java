package casus.server.transport;

import casus.v1.ClientMessage;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.io.IOException;
import java.util.List;

/** Parses each frame as a {@code ClientMessage}; a frame that is not one is a malformed frame. */
public final class ClientMessageDecoder extends MessageToMessageDecoder<ByteBuf> {
    public ClientMessageDecoder() {
        super(ByteBuf.class);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        try {
            CodedInputStream in = frame.nioBufferCount() == 1
                    ? CodedInputStream.newInstance(frame.nioBuffer())
                    : CodedInputStream.newInstance(io.netty.buffer.ByteBufUtil.getBytes(frame));
            ClientMessage m = ClientMessage.parseFrom(in);
            out.add(m);
        } catch (InvalidProtocolBufferException e) {
            throw new MalformedFrameException("not a ClientMessage: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MalformedFrameException("cannot read the frame: " + e.getMessage(), e);
        }
    }
}
