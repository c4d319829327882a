package casus.server.session;

import casus.server.api.RequestException;
import casus.server.auth.Client;
import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.SessionInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * A session that has ended, as the server keeps it once its game is let go (after its
 * retention, or found ended in the data folder at start): listed for the facilitator and for
 * those who belonged to it, its record rebuilt from its journal on request.
 *
 * @param info the session as listed, phase {@code ENDED}
 * @param journal its journal, which holds everything its record is made of
 * @param members the resume-token hashes of the clients who belonged to it
 */
public record EndedSession(SessionInfo info, Path journal, Set<String> members) {
    public EndedSession {
        members = Set.copyOf(members);
    }

    public String id() {
        return info.getSessionId();
    }

    /** Whether a client belonged to the session (the facilitator belongs to every session). */
    public boolean member(Client c) {
        return c.facilitator() || members.contains(c.tokenHash());
    }

    /**
     * Answers a request for this session: its record, to the facilitator whole and to a member
     * as players saw it; anything else is refused, the session having ended.
     */
    public void request(Client c, Peer peer, ClientMessage m, Executor background, int maxServerFrameBytes) {
        String what = "session " + id() + " (" + info.getJoinCode() + ") ended" + (info.getEndedUnixMillis() == 0 ? ""
                : " at " + Instant.ofEpochMilli(info.getEndedUnixMillis()).truncatedTo(ChronoUnit.SECONDS)) + " after "
                + info.getDaysPlayed() + (info.getDaysPlayed() == 1 ? " day" : " days");
        if (m.getKindCase() != ClientMessage.KindCase.EXPORT_RECORD) {
            throw new RequestException(ErrorCode.WRONG_PHASE, what + "; only its record can be had (export_record)");
        }
        if (!member(c)) {
            throw new RequestException(ErrorCode.NOT_A_MEMBER, what + "; its record is for the facilitator and its members");
        }
        RecordExport.send(background, maxServerFrameBytes, id(), journal, c.facilitator(), peer, m.getRequestId());
    }
}
