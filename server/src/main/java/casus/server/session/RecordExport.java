package casus.server.session;

import casus.server.api.Replies;
import casus.server.journal.SessionReplay;
import casus.v1.ErrorCode;
import casus.v1.MessageDelivered;
import casus.v1.ServerMessage;
import casus.v1.SessionRecord;
import casus.v1.TickUpdate;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Sends a session's record, rebuilt from its journal in the background: the whole record to the
 * facilitator; to a member of an ended session, the record as players see it, without what only
 * the facilitator sees (the agents' shadow decisions and the private messages).
 */
final class RecordExport {
    private static final Logger LOG = LogManager.getLogger(RecordExport.class);

    private RecordExport() {
    }

    /** Replies to {@code rid} on {@code peer} once the record is rebuilt. */
    static void send(Executor background, int maxServerFrameBytes, String sessionId, Path journal, boolean whole, Peer peer, long rid) {
        int limit = maxServerFrameBytes - 16;
        background.execute(() -> {
            try {
                SessionRecord full = SessionReplay.record(journal);
                SessionRecord record = whole ? full : membersView(full);
                if (record.getSerializedSize() > limit) {
                    peer.send(Replies.error(rid, ErrorCode.INTERNAL, "the record has " + record.getSerializedSize()
                            + " bytes, more than a frame may carry; read it offline with casus replay --record"));
                } else {
                    peer.send(ServerMessage.newBuilder().setRequestId(rid).setSessionRecord(record).build());
                }
            } catch (RuntimeException e) {
                LOG.error("session {}: export failed", sessionId, e);
                peer.send(Replies.error(rid, ErrorCode.INTERNAL, "export failed: " + e));
            }
        });
    }

    /** The record as a player saw the session: no shadow decisions, only the public statements. */
    static SessionRecord membersView(SessionRecord r) {
        SessionRecord.Builder b = r.toBuilder().clearMessages();
        for (MessageDelivered m : r.getMessagesList()) {
            if (m.getToCount() == 0) {
                b.addMessages(m);
            }
        }
        for (int i = 0; i < b.getTicksCount(); i++) {
            TickUpdate t = b.getTicks(i);
            TickUpdate.Builder tb = t.toBuilder().clearShadow().clearMessages();
            for (MessageDelivered m : t.getMessagesList()) {
                if (m.getToCount() == 0) {
                    tb.addMessages(m);
                }
            }
            b.setTicks(i, tb);
        }
        return b.build();
    }
}
