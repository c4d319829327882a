package casus.server.session;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;
import java.util.function.Function;

/**
 * One member's copy of a frame encoded once for many members (a tick's update for one view),
 * as it goes down the member's pipeline: a retained duplicate of the frame, and what the frame
 * is printed as for a WebSocket member that speaks JSON, printed by the first such member and
 * shared by the others. A TCP connection writes the frame itself.
 */
public final class SharedFrame extends DefaultByteBufHolder {
    private final Printed printed;

    private SharedFrame(ByteBuf frame, Printed printed) {
        super(frame);
        this.printed = printed;
    }

    /** The copies of one frame, all sharing one printing. */
    public static Copies of(ByteBuf frame) {
        return new Copies(frame);
    }

    /**
     * The frame as {@code print} prints it from the frame's bytes, printed once for all the
     * copies: the first caller prints it, the others get the same bytes. Any thread.
     */
    public byte[] printed(Function<ByteBuf, byte[]> print) {
        return printed.get(content(), print);
    }

    /** Makes the copies of one frame; the frame stays its caller's. */
    public static final class Copies {
        private final ByteBuf frame;
        private final Printed printed = new Printed();

        private Copies(ByteBuf frame) {
            this.frame = frame;
        }

        /** A member's copy, holding a retained duplicate of the frame. */
        public SharedFrame copy() {
            return new SharedFrame(frame.retainedDuplicate(), printed);
        }
    }

    private static final class Printed {
        private byte[] bytes;

        synchronized byte[] get(ByteBuf frame, Function<ByteBuf, byte[]> print) {
            if (bytes == null) {
                bytes = print.apply(frame.duplicate());
            }
            return bytes;
        }
    }
}
