package casus.server.session;

import casus.server.api.RequestException;
import casus.server.auth.Client;
import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.ServerMessage;
import casus.v1.SessionPhase;

/** Routes a request on a session's thread to whoever handles its kind. */
final class Requests {
    private Requests() {
    }

    /** The reply, or null when the reply is sent later (an export). */
    static ServerMessage handle(Session s, Client c, Peer peer, ClientMessage m) {
        long rid = m.getRequestId();
        return switch (m.getKindCase()) {
            case JOIN_SESSION -> MemberRequests.join(s, c, peer, rid, m.getJoinSession());
            case LEAVE_SESSION -> MemberRequests.leave(s, c, rid);
            case WHO_CONTROLS -> MemberRequests.whoControls(s, rid);
            case TAKE_CONTROL -> PlayerRequests.take(s, c, rid, m.getTakeControl());
            case RELEASE_CONTROL -> PlayerRequests.release(s, c, rid);
            case LIST_ACTIONS -> PlayerRequests.listActions(s, c, rid, m.getListActions());
            case SUBMIT_ACTIONS -> PlayerRequests.submit(s, c, rid, m.getSubmitActions());
            case SEND_MESSAGE -> PlayerRequests.message(s, c, rid, m.getSendMessage());
            case LIST_CHANNELS -> ChannelRequests.list(s, c, rid);
            case READ_CHANNEL -> ChannelRequests.read(s, c, rid, m.getReadChannel());
            case RECLAIM_SEAT -> SeatRequests.reclaim(s, c, peer, rid, m.getReclaimSeat());
            case EXPORT_RECORD -> {
                if (!c.facilitator() && (s.phase != SessionPhase.ENDED || s.roster.members.get(c.id()) == null)) {
                    throw new RequestException(ErrorCode.UNAUTHORIZED, "only the facilitator may export_record"
                            + (s.phase == SessionPhase.ENDED ? "" : " before the session has ended; then its members may too"));
                }
                yield FacilitatorRequests.export(s, peer, rid, c.facilitator());
            }
            case START_SESSION, PAUSE_SESSION, RESUME_SESSION, STEP_SESSION, SET_TICK_LENGTH, INJECT_EVENT, CHANGE_FACTS,
                    REVOKE_CONTROL, END_SESSION, CREATE_CHANNEL, CHANGE_CHANNEL, HAND_SEAT, SET_SEAT_AWAY -> {
                if (!c.facilitator()) {
                    throw new RequestException(ErrorCode.UNAUTHORIZED, "only the facilitator may " + kind(m));
                }
                yield FacilitatorRequests.handle(s, c, peer, m);
            }
            default -> throw new RequestException(ErrorCode.UNKNOWN_MESSAGE, kind(m) + " is not a session request");
        };
    }

    static String kind(ClientMessage m) {
        return m.getKindCase().name().toLowerCase(java.util.Locale.ROOT);
    }
}
