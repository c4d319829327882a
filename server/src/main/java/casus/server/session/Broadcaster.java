package casus.server.session;

import casus.wire.Frames;
import casus.v1.Role;
import casus.v1.ServerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.Collection;

/**
 * Sends a tick's update to every member: each view is encoded once, and each member gets a
 * retained duplicate of the frame, flushed once; the WebSocket members that speak JSON share one
 * printing of each view ({@link SharedFrame}). A member whose connection is not writable
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
        SharedFrame.Copies pubCopies = null;
        SharedFrame.Copies facCopies = null;
        try {
            for (Member m : members) {
                if (m.peer == null) {
                    continue;
                }
                SharedFrame.Copies copies;
                if (m.role == Role.FACILITATOR) {
                    if (fac == null) {
                        fac = Frames.encode(alloc, facilitatorView);
                        facCopies = SharedFrame.of(fac);
                    }
                    copies = facCopies;
                } else {
                    if (pub == null) {
                        pub = Frames.encode(alloc, publicView);
                        pubCopies = SharedFrame.of(pub);
                    }
                    copies = pubCopies;
                }
                if (!m.peer.sendFrame(copies.copy())) {
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
