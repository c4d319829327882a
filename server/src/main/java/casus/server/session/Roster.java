package casus.server.session;

import casus.server.api.RequestException;
import casus.server.auth.Client;
import casus.v1.Control;
import casus.v1.ControlChange;
import casus.v1.ControlInput;
import casus.v1.ErrorCode;
import casus.v1.JournalInput;
import casus.v1.Role;
import casus.v1.SessionNotice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who belongs to a session and who controls which state: members join and leave, lose their
 * connection and come back within the grace period, take states over and hand them back. Every
 * change of control is journaled and told to the members. Touched by the session's passes only.
 */
final class Roster {
    private final Session s;
    /** The members, by client id, in the order they joined. */
    final Map<String, Member> members = new LinkedHashMap<>();
    /** Who controls each state, by actor index; null where the agent plays. */
    final Member[] controllers;

    Roster(Session s, int actors) {
        this.s = s;
        this.controllers = new Member[actors];
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

    /** Members disconnected past the grace period leave; their states go back to the agent. */
    void lapse(long now) {
        long grace = s.ctx.settings().grace().toNanos();
        for (Member m : new ArrayList<>(members.values())) {
            if (m.peer != null && !m.peer.active()) {
                // Its disconnection never reached the inbox (it was full): count from now.
                m.peer = null;
                m.disconnectedAt = now;
            }
            if (m.peer == null && now - m.disconnectedAt >= grace) {
                remove(m, ControlChange.Kind.LAPSED);
            }
        }
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

    /** A player takes a state over: journaled, then the agent stops deciding for it. */
    void take(Member m, int state) {
        s.input(JournalInput.newBuilder().setControl(ControlInput.newBuilder().setState(s.game.actorId(state)).setClientId(m.client.id())
                .setClientName(m.client.name()).setTokenHash(m.client.tokenHash()).setKind(ControlChange.Kind.TAKEN)));
        controllers[state] = m;
        m.state = state;
        m.client.member(s.id, m.role, s.game.actorId(state));
        s.notice(SessionNotice.newBuilder().setKind("control").setControl(control(state))
                .setText(s.game.actorId(state) + " is now played by " + m.client.name()));
    }

    /** A state goes back to the agent: journaled; the agent decides for it from the next tick. */
    void release(Member m, ControlChange.Kind kind, String why) {
        int state = m.state;
        if (!s.closed()) {
            s.input(JournalInput.newBuilder().setControl(ControlInput.newBuilder().setState(s.game.actorId(state)).setClientId(m.client.id())
                    .setClientName(m.client.name()).setTokenHash(m.client.tokenHash()).setKind(kind)));
        }
        controllers[state] = null;
        m.state = -1;
        if (members.containsKey(m.client.id())) {
            m.client.member(s.id, m.role, "");
        }
        String text = switch (kind) {
            case REVOKED -> "the facilitator takes " + s.game.actorId(state) + " back from " + m.client.name();
            case LAPSED -> m.client.name() + " is gone; the agent plays " + s.game.actorId(state) + " again";
            default -> m.client.name() + " hands " + s.game.actorId(state) + " back to the agent";
        };
        s.notice(SessionNotice.newBuilder().setKind("control").setControl(control(state)).setText(text + why));
    }

    /** Restores a controller known from the journal, disconnected, its grace period starting now. */
    void restoreController(Client c, int state) {
        Member m = members.get(c.id());
        if (m == null) {
            m = new Member(c, Role.PLAYER, null);
            members.put(c.id(), m);
        }
        m.disconnectedAt = s.ctx.clock().nanos();
        m.state = state;
        controllers[state] = m;
        c.member(s.id, Role.PLAYER, s.game.actorId(state));
    }

    Control control(int state) {
        Member m = controllers[state];
        Control.Builder c = Control.newBuilder().setState(s.game.actorId(state));
        if (m != null) {
            c.setController(m.client.name()).setClientId(m.client.id()).setConnected(m.peer != null)
                    .setReady(s.game.turn().ready(state));
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
