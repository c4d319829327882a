package casus.server.session;

import casus.wire.Frames;
import casus.v1.Role;
import casus.v1.ServerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.Collection;

/**
 * Sends a tick's update to every member: each view is encoded once, and each member gets a
 * retained duplicate of the frame, flushed once. A member whose connection is not writable
 * skips this update and gets the next one; one that stays unwritable is closed by its
 * connection's watchdog.
 */
final class Broadcaster {
    private Broadcaster() {
    }

    static void send(Collection<Member> members, ServerMessage publicView, ServerMessage facilitatorView, ByteBufAllocator alloc,
            Counters counters) {
        ByteBuf pub = null;
        ByteBuf fac = null;
        try {
            for (Member m : members) {
                if (m.peer == null) {
                    continue;
                }
                ByteBuf frame;
                if (m.role == Role.FACILITATOR) {
                    if (fac == null) {
                        fac = Frames.encode(alloc, facilitatorView);
                    }
                    frame = fac;
                } else {
                    if (pub == null) {
                        pub = Frames.encode(alloc, publicView);
                    }
                    frame = pub;
                }
                if (!m.peer.sendFrame(frame.retainedDuplicate())) {
                    counters.updateSkipped();
                }
            }
        } finally {
            if (pub != null) {
                pub.release();
            }
            if (fac != null) {
                fac.release();
            }
        }
    }
}
