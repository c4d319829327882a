package casus.wire;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;

/**
 * Parses each frame as one protobuf message of a given type; a frame that is not one throws
 * {@link MalformedFrameException}.
 */
public final class MessageDecoder<T extends MessageLite> extends MessageToMessageDecoder<ByteBuf> {
    private final Parser<T> parser;
    private final String type;

    /** @param type the message's name, for the error: "not a ClientMessage: …" */
    public MessageDecoder(Parser<T> parser, String type) {
        super(ByteBuf.class);
        this.parser = parser;
        this.type = type;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        try {
            CodedInputStream in = frame.nioBufferCount() == 1
                    ? CodedInputStream.newInstance(frame.nioBuffer())
                    : CodedInputStream.newInstance(ByteBufUtil.getBytes(frame));
            out.add(parser.parseFrom(in));
        } catch (InvalidProtocolBufferException e) {
            throw new MalformedFrameException("not a " + type + ": " + e.getMessage(), e);
        }
    }
}
