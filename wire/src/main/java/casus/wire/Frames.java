package casus.wire;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.MessageLite;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes the protocol's frames: a varint32 length, then the message.
 *
 * <pre>
 * +----------------------+---------------------------+
 * | length (varint32)    | protobuf message          |
 * | 1 to 5 bytes         | length bytes              |
 * +----------------------+---------------------------+
 * </pre>
 */
public final class Frames {
    private Frames() {
    }

    /** A buffer holding one whole frame; the caller owns it. */
    public static ByteBuf encode(ByteBufAllocator alloc, MessageLite message) {
        int size = message.getSerializedSize();
        int header = CodedOutputStream.computeUInt32SizeNoTag(size);
        ByteBuf buf = alloc.buffer(header + size);
        boolean done = false;
        try {
            write(buf, message, size);
            done = true;
            return buf;
        } finally {
            if (!done) {
                buf.release();
            }
        }
    }

    /** Appends one frame to {@code out}. */
    public static void write(ByteBuf out, MessageLite message, int size) {
        writeVarint32(out, size);
        out.ensureWritable(size);
        try {
            CodedOutputStream cos = CodedOutputStream.newInstance(out.nioBuffer(out.writerIndex(), size));
            message.writeTo(cos);
            cos.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.writerIndex(out.writerIndex() + size);
    }

    static void writeVarint32(ByteBuf out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }
}
