package casus.server.session;

import casus.server.api.Replies;
import casus.server.api.RequestException;
import casus.server.auth.Client;
import casus.server.lobby.Names;
import casus.v1.AbsentPolicy;
import casus.v1.ControlChange;
import casus.v1.ErrorCode;
import casus.v1.HandSeat;
import casus.v1.JournalInput;
import casus.v1.ReclaimSeat;
import casus.v1.Role;
import casus.v1.SeatHanded;
import casus.v1.SeatInput;
import casus.v1.SeatReclaimed;
import casus.v1.ServerMessage;
import casus.v1.SessionNotice;
import casus.v1.SetSeatAway;

/**
 * Seats tied to a person: a person takes their seat back with its seat key, from any
 * connection, during the grace period or after it; the facilitator hands a seat to a named
 * person, and sets what a seat does while its person is away.
 */
final class SeatRequests {
    private SeatRequests() {
    }

    /** A person takes their seat back with its key, joining the session as a player if need be. */
    static ServerMessage reclaim(Session s, Client c, Peer peer, long rid, ReclaimSeat r) {
        RequestException.require(!r.getSeatKey().isEmpty(), "reclaim_seat needs the seat key");
        PlayerRequests.notEnded(s);
        int a = s.roster.seatOpenedBy(r.getSeatKey());
        if (a < 0) {
            throw new RequestException(ErrorCode.BAD_SEAT_KEY, "this seat key opens no seat of session " + s.joinCode + ": the seat"
                    + " was handed back, taken back or handed to someone else since; take a free state, or ask the facilitator to hand"
                    + " you yours");
        }
        StateSeat seat = s.roster.seats[a];
        String id = s.game.actorId(a);
        if (!c.named()) {
            throw new RequestException(ErrorCode.BAD_NAME, "a player needs a name; say Hello as " + seat.person + " to reclaim " + id);
        }
        if (!seat.person.equalsIgnoreCase(c.name())) {
            throw new RequestException(ErrorCode.BAD_SEAT_KEY, "this seat key is " + seat.person + "'s, for " + id + "; say Hello as "
                    + seat.person + " to reclaim it");
        }
        Member m = s.roster.member(c);
        if (m != null && m == seat.member) {
            m.peer = peer;
            return reclaimed(s, m, a, r.getSeatKey(), false, false, rid);
        }
        if (m != null && m.role == Role.FACILITATOR) {
            throw new RequestException(ErrorCode.FORBIDDEN, "the facilitator cannot take a seat; reclaim it from a player's connection");
        }
        if (m != null && m.state >= 0) {
            throw new RequestException(ErrorCode.ALREADY_CONTROLLING, c.name() + " already controls " + s.game.actorId(m.state)
                    + "; release it first");
        }
        Member namesake = s.roster.player(c.name());
        if (namesake != null && namesake != m && namesake != seat.member) {
            throw new RequestException(ErrorCode.NAME_TAKEN, "another player of session " + s.id + " is called "
                    + namesake.client.name() + "; choose another name");
        }
        boolean wasAway = seat.away();
        if (m == null) {
            m = s.roster.join(c, Role.PLAYER, peer);
        } else {
            m.peer = peer;
            m.role = Role.PLAYER;
        }
        boolean replaced = s.roster.reclaim(m, a);
        return reclaimed(s, m, a, r.getSeatKey(), replaced, wasAway, rid);
    }

    private static ServerMessage reclaimed(Session s, Member m, int a, String key, boolean replaced, boolean wasAway, long rid) {
        return ServerMessage.newBuilder().setRequestId(rid).setSeatReclaimed(SeatReclaimed.newBuilder().setJoined(s.joined(m, true))
                .setBriefing(s.game.briefing(a).toBuilder().setSeatKey(key)).setReplaced(replaced).setWasAway(wasAway)).build();
    }

    /**
     * The facilitator hands a seat to a named person: a player connected under that name gets it
     * at once with a new seat key; otherwise it is kept for the name. Whoever held it before lets
     * it go, and its old key stops working.
     */
    static ServerMessage hand(Session s, long rid, HandSeat h) {
        PlayerRequests.notEnded(s);
        int a = PlayerRequests.state(s, h.getState());
        String name = h.getName().strip();
        RequestException.require(!name.isEmpty(), "hand_seat needs the name of the person to hand " + h.getState() + " to");
        String bad = Names.problem(name);
        if (bad != null) {
            throw new RequestException(ErrorCode.BAD_NAME, bad);
        }
        Member to = s.roster.player(name);
        if (to != null && to.state >= 0 && to.state != a) {
            throw new RequestException(ErrorCode.ALREADY_CONTROLLING, to.client.name() + " plays " + s.game.actorId(to.state)
                    + "; take it back or hand it to someone else first");
        }
        StateSeat seat = s.roster.seats[a];
        if (seat.person != null && !seat.person.equalsIgnoreCase(name)) {
            s.roster.free(a, ControlChange.Kind.REVOKED, ", to hand it to " + (to != null ? to.client.name() : name));
        }
        if (to != null && to.peer != null && to.peer.active()) {
            String key = s.roster.take(to, a, true);
            s.tell(x -> x == to, ServerMessage.newBuilder().setSeatHanded(SeatHanded.newBuilder().setSessionId(s.id)
                    .setBriefing(s.game.briefing(a).toBuilder().setSeatKey(key))).build());
        } else {
            s.roster.keepFor(a, name);
        }
        return Replies.ack(rid);
    }

    /** The facilitator sets what a seat does while its person is away: the agent plays, the day waits, or as the session says. */
    static ServerMessage away(Session s, long rid, SetSeatAway w) {
        PlayerRequests.notEnded(s);
        int a = PlayerRequests.state(s, w.getState());
        AbsentPolicy p = w.getAway();
        RequestException.require(p == AbsentPolicy.ABSENT_POLICY_UNSPECIFIED || p == AbsentPolicy.HOLD || p == AbsentPolicy.AGENT_STANDS_IN,
                "away must be AGENT_STANDS_IN, HOLD or unspecified, got " + p);
        String id = s.game.actorId(a);
        s.input(JournalInput.newBuilder().setSeat(SeatInput.newBuilder().setState(id).setAway(p).setKind(SeatInput.Kind.AWAY_POLICY)));
        String text = switch (p) {
            case AGENT_STANDS_IN -> "the agent plays " + id + " while its player is away";
            case HOLD -> "the day waits for " + id + "'s player while they are away";
            default -> id + " does as the session says while its player is away: "
                    + (s.game.turn().agentStandsIn(a) ? "the agent plays it" : "the day waits for them");
        };
        s.notice(SessionNotice.newBuilder().setKind("control").setControl(s.roster.control(a)).setText(text));
        return Replies.ack(rid);
    }
}
