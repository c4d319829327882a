package casus.server.session;

import casus.server.api.RequestException;
import casus.server.auth.Client;
import casus.server.auth.Tokens;
import casus.server.journal.SeatHolder;
import casus.v1.AbsentPolicy;
import casus.v1.Control;
import casus.v1.ControlChange;
import casus.v1.ControlInput;
import casus.v1.ErrorCode;
import casus.v1.JournalInput;
import casus.v1.Role;
import casus.v1.SeatInput;
import casus.v1.SessionNotice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who belongs to a session and who holds which seat: members join and leave, lose their
 * connection and come back within the grace period, take states over and hand them back. A
 * seat is tied to its person by a seat key: past the grace period it is kept for them (away),
 * and their key takes it back from any connection; the facilitator may hand it to someone else.
 * Every change of a seat is journaled and told to the members. Touched by the session's passes
 * only.
 */
final class Roster {
    /** Bytes of entropy in a seat key. */
    static final int SEAT_KEY_BYTES = 24;

    private final Session s;
    /** The members, by client id, in the order they joined. */
    final Map<String, Member> members = new LinkedHashMap<>();
    /** Each state's seat, by actor index. */
    final StateSeat[] seats;

    Roster(Session s, int actors) {
        this.s = s;
        this.seats = new StateSeat[actors];
        for (int a = 0; a < actors; a++) {
            seats[a] = new StateSeat(a);
        }
    }

    /** The member at a state's seat, or null where the agent plays it or the seat is away. */
    Member controller(int state) {
        return seats[state].member;
    }

    void disconnected(Client c, Peer peer) {
        Member m = members.get(c.id());
        if (m == null || m.peer != peer) {
            return;
        }
        m.peer = null;
        m.disconnectedAt = s.ctx.clock().nanos();
        if (m.state >= 0) {
            s.notice(SessionNotice.newBuilder().setKind("control").setControl(control(m.state))
                    .setText(s.game.actorId(m.state) + "'s player " + c.name() + " is disconnected; the state waits "
                            + s.ctx.settings().grace().toSeconds() + " s for them"));
        }
    }

    void reattached(Client c, Peer peer) {
        Member m = members.get(c.id());
        if (m == null) {
            return;
        }
        m.peer = peer;
        if (m.state >= 0) {
            s.notice(SessionNotice.newBuilder().setKind("control").setControl(control(m.state))
                    .setText(s.game.actorId(m.state) + "'s player " + c.name() + " is back"));
        }
    }

    /** Members disconnected past the grace period leave; their seats are kept for them, away. */
    void lapse(long now) {
        long grace = s.ctx.settings().grace().toNanos();
        for (Member m : new ArrayList<>(members.values())) {
            if (m.peer != null && !m.peer.active()) {
                // Its disconnection never reached the inbox (it was full): count from now.
                m.peer = null;
                m.disconnectedAt = now;
            }
            if (m.peer == null && now - m.disconnectedAt >= grace) {
                if (m.state >= 0) {
                    away(m);
                }
                remove(m, ControlChange.Kind.LAPSED);
            }
        }
    }

    /** A member's seat is kept for them while they are away: journaled; the seat's policy says what the state does meanwhile. */
    private void away(Member m) {
        int state = m.state;
        StateSeat seat = seats[state];
        if (!s.closed()) {
            s.input(JournalInput.newBuilder().setSeat(SeatInput.newBuilder().setState(s.game.actorId(state)).setPerson(seat.person)
                    .setClientId(m.client.id()).setTokenHash(m.client.tokenHash()).setKind(SeatInput.Kind.AWAY)));
        }
        seat.member = null;
        m.state = -1;
        s.notice(SessionNotice.newBuilder().setKind("control").setControl(control(state))
                .setText(m.client.name() + " is away; " + s.game.actorId(state) + " is kept for them, " + meanwhile(state)
                        + "; their seat key takes it back"));
    }

    /** What the state does while its seat is away, in words. */
    String meanwhile(int state) {
        return s.game.turn().agentStandsIn(state) ? "and the agent plays it meanwhile" : "and the day waits for them";
    }

    /** A member leaves; a state it controls goes back to the agent, marked with {@code kind}. */
    void remove(Member m, ControlChange.Kind kind) {
        if (m.state >= 0) {
            release(m, kind, "");
        }
        members.remove(m.client.id());
        m.client.leave(s.id);
        s.ctx.clients().forgetIfIdle(m.client);
    }

    Member member(Client c) {
        return members.get(c.id());
    }

    /** The member, or NOT_A_MEMBER. */
    Member requireMember(Client c) {
        Member m = members.get(c.id());
        if (m == null) {
            throw notAMember(c);
        }
        return m;
    }

    RequestException notAMember(Client c) {
        return new RequestException(ErrorCode.NOT_A_MEMBER, c.name() + " is not a member of session " + s.id + "; join it first");
    }

    Member join(Client c, Role role, Peer peer) {
        Member m = new Member(c, role, peer);
        members.put(c.id(), m);
        c.member(s.id, role, "");
        return m;
    }

    /** The player member called {@code name} (any case), or null. */
    Member player(String name) {
        for (Member m : members.values()) {
            if (m.role == Role.PLAYER && m.client.named() && m.client.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        return null;
    }

    /** The state whose seat the seat key opens, or -1. */
    int seatOpenedBy(String seatKey) {
        for (StateSeat seat : seats) {
            if (seat.opens(seatKey)) {
                return seat.state;
            }
        }
        return -1;
    }

    /**
     * A player takes a state's seat, with a new seat key, returned (only its hash is kept):
     * journaled, then the agent stops deciding for it. {@code handed} when the facilitator
     * handed it to them.
     */
    String take(Member m, int state, boolean handed) {
        String key = Tokens.random(SEAT_KEY_BYTES);
        s.input(JournalInput.newBuilder().setControl(ControlInput.newBuilder().setState(s.game.actorId(state)).setClientId(m.client.id())
                .setClientName(m.client.name()).setTokenHash(m.client.tokenHash()).setSeatKeyHash(Tokens.sha256(key))
                .setHanded(handed).setKind(ControlChange.Kind.TAKEN)));
        StateSeat seat = seats[state];
        seat.seat(m);
        seat.keyHash = Tokens.sha256(key);
        m.state = state;
        m.client.member(s.id, m.role, s.game.actorId(state));
        s.notice(SessionNotice.newBuilder().setKind("control").setControl(control(state))
                .setText(handed ? "the facilitator hands " + s.game.actorId(state) + " to " + m.client.name()
                        : s.game.actorId(state) + " is now played by " + m.client.name()));
        return key;
    }

    /**
     * A person takes their seat back with its key, as {@code m} (joined already): journaled. The
     * member that held it until now (another connection of theirs, within its grace period or
     * still open) leaves the session, and an open connection of it is closed with REPLACED once
     * the reclaim is on disk. Returns whether one was.
     */
    boolean reclaim(Member m, int state) {
        StateSeat seat = seats[state];
        String id = s.game.actorId(state);
        s.input(JournalInput.newBuilder().setSeat(SeatInput.newBuilder().setState(id).setPerson(seat.person)
                .setClientId(m.client.id()).setTokenHash(m.client.tokenHash()).setKind(SeatInput.Kind.RECLAIMED)));
        Member old = seat.member;
        boolean wasAway = old == null;
        boolean replaced = false;
        if (old != null) {
            old.state = -1;
            members.remove(old.client.id());
            old.client.leave(s.id);
            if (old.peer != null && old.peer.active()) {
                s.closeAfterSync(old.peer, ErrorCode.REPLACED, m.client.name() + " reclaimed " + id
                        + " with the seat key from another connection");
                replaced = true;
            } else {
                s.ctx.clients().forgetIfIdle(old.client);
            }
        }
        String key = seat.keyHash;
        seat.seat(m);
        seat.keyHash = key;
        m.state = state;
        m.client.member(s.id, m.role, id);
        s.notice(SessionNotice.newBuilder().setKind("control").setControl(control(state))
                .setText(id + "'s player " + m.client.name() + " is back, with the seat key"
                        + (wasAway ? "" : replaced ? ", on another connection" : ", on a new connection")));
        return replaced;
    }

    /**
     * The facilitator hands a seat to a person not connected as a player: it is kept for them,
     * away, and no key opens it until they take it. Journaled; a member of theirs that held it
     * within its grace period lets it go.
     */
    void keepFor(int state, String name) {
        StateSeat seat = seats[state];
        String id = s.game.actorId(state);
        s.input(JournalInput.newBuilder().setSeat(SeatInput.newBuilder().setState(id).setPerson(name).setKind(SeatInput.Kind.HANDED)));
        if (seat.member != null) {
            Member old = seat.member;
            old.state = -1;
            old.client.member(s.id, old.role, "");
        }
        seat.clear();
        seat.person = name;
        seat.handed = true;
        s.notice(SessionNotice.newBuilder().setKind("control").setControl(control(state))
                .setText("the facilitator hands " + id + " to " + name + "; it is kept for them until they take it, "
                        + meanwhile(state)));
    }

    /** A state goes back to the agent: journaled; the agent decides for it from the next tick. */
    void release(Member m, ControlChange.Kind kind, String why) {
        free(m.state, kind, why);
    }

    /**
     * A seat goes back to the agent, whoever holds it or is owed it: journaled; its seat key
     * stops working, and the agent decides for the state from the next tick.
     */
    void free(int state, ControlChange.Kind kind, String why) {
        StateSeat seat = seats[state];
        Member m = seat.member;
        String who = seat.person == null ? "nobody" : seat.person;
        if (!s.closed()) {
            s.input(JournalInput.newBuilder().setControl(ControlInput.newBuilder().setState(s.game.actorId(state)).setClientId(seat.clientId)
                    .setClientName(who).setTokenHash(seat.tokenHash).setKind(kind)));
        }
        boolean away = seat.away();
        seat.clear();
        if (m != null) {
            m.state = -1;
            if (members.containsKey(m.client.id())) {
                m.client.member(s.id, m.role, "");
            }
        }
        String text = switch (kind) {
            case REVOKED -> "the facilitator takes " + s.game.actorId(state) + " back from " + who + (away ? " (away)" : "");
            case LAPSED -> who + " is gone; the agent plays " + s.game.actorId(state) + " again";
            default -> who + " hands " + s.game.actorId(state) + " back to the agent";
        };
        s.notice(SessionNotice.newBuilder().setKind("control").setControl(control(state)).setText(text + why));
    }

    /**
     * Restores a seat known from the journal: a controller disconnected, its grace period
     * starting now; or a seat kept for a person away.
     */
    void restore(Client c, SeatHolder h, int state) {
        StateSeat seat = seats[state];
        if (h.away()) {
            seat.person = h.person();
            seat.clientId = h.clientId();
            seat.tokenHash = h.tokenHash();
            seat.handed = h.handed();
        } else {
            Member m = members.get(c.id());
            if (m == null) {
                m = new Member(c, Role.PLAYER, null);
                members.put(c.id(), m);
            }
            m.disconnectedAt = s.ctx.clock().nanos();
            m.state = state;
            seat.seat(m);
            c.member(s.id, Role.PLAYER, s.game.actorId(state));
        }
        seat.keyHash = h.keyHash().isEmpty() ? null : h.keyHash();
    }

    Control control(int state) {
        StateSeat seat = seats[state];
        Member m = seat.member;
        Control.Builder c = Control.newBuilder().setState(s.game.actorId(state));
        Boolean policy = s.game.turn().seatPolicy(state);
        c.setAbsent(s.game.turn().agentStandsIn(state) ? AbsentPolicy.AGENT_STANDS_IN : AbsentPolicy.HOLD).setAbsentSet(policy != null);
        if (m != null) {
            c.setController(m.client.name()).setClientId(m.client.id()).setConnected(m.peer != null)
                    .setReady(s.game.turn().ready(state)).setHeldFor(seat.person);
        } else if (seat.person != null) {
            c.setController(seat.person).setHeldFor(seat.person).setAway(true).setHanded(seat.handed);
        }
        return c.build();
    }

    /** When the earliest disconnected member's grace period ends, or {@link Pace#NEVER}. */
    long graceEnds() {
        long grace = s.ctx.settings().grace().toNanos();
        long at = Pace.NEVER;
        for (Member m : members.values()) {
            if (m.peer == null) {
                at = Math.min(at, m.disconnectedAt + grace);
            }
        }
        return at;
    }
}
