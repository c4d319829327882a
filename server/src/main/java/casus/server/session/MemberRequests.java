package casus.server.session;

import casus.server.api.Replies;
import casus.server.api.RequestException;
import casus.server.auth.Client;
import casus.v1.ControlChange;
import casus.v1.ControlList;
import casus.v1.ErrorCode;
import casus.v1.JoinSession;
import casus.v1.MemberInfo;
import casus.v1.Role;
import casus.v1.ServerMessage;
import casus.v1.SessionPhase;

/** What any client may ask of a session: join it, leave it, ask who controls what. */
final class MemberRequests {
    private MemberRequests() {
    }

    static ServerMessage join(Session s, Client c, Peer peer, long rid, JoinSession j) {
        Role role = j.getRole() == Role.ROLE_UNSPECIFIED ? Role.SPECTATOR : j.getRole();
        if (role == Role.FACILITATOR && !c.facilitator()) {
            throw new RequestException(ErrorCode.UNAUTHORIZED, "joining as facilitator needs the facilitator token");
        }
        Member m = s.roster.member(c);
        if (role == Role.PLAYER) {
            nameFree(s, c);
        }
        if (m == null) {
            if (s.phase == SessionPhase.ENDED) {
                throw new RequestException(ErrorCode.WRONG_PHASE, "session " + s.id + " has ended");
            }
            m = s.roster.join(c, role, peer);
        } else {
            m.peer = peer;
            if (m.role != role && m.state < 0) {
                m.role = role;
                c.member(s.id, role, "");
            }
        }
        return ServerMessage.newBuilder().setRequestId(rid).setJoined(s.joined(m, true)).build();
    }

    /** A player needs a name of its own in the session: it is what the others see beside its state. */
    private static void nameFree(Session s, Client c) {
        if (!c.named()) {
            throw new RequestException(ErrorCode.BAD_NAME, "a player needs a name; say Hello with one");
        }
        for (Member other : s.roster.members.values()) {
            if (other.client != c && other.role == Role.PLAYER && other.client.name().equalsIgnoreCase(c.name())) {
                throw new RequestException(ErrorCode.NAME_TAKEN, "another player of session " + s.id + " is called "
                        + other.client.name() + "; choose another name");
            }
        }
    }

    static ServerMessage leave(Session s, Client c, long rid) {
        Member m = s.roster.requireMember(c);
        s.roster.remove(m, ControlChange.Kind.RELEASED);
        return Replies.ack(rid);
    }

    static ServerMessage whoControls(Session s, long rid) {
        ControlList.Builder list = ControlList.newBuilder();
        for (int a = 0; a < s.roster.seats.length; a++) {
            list.addControls(s.roster.control(a));
        }
        for (Member m : s.roster.members.values()) {
            list.addMembers(MemberInfo.newBuilder().setClientId(m.client.id()).setName(m.client.name()).setRole(m.role)
                    .setState(m.state >= 0 ? s.game.actorId(m.state) : "").setConnected(m.peer != null));
        }
        return ServerMessage.newBuilder().setRequestId(rid).setControlList(list).build();
    }
}
