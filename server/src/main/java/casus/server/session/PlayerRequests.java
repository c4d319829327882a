package casus.server.session;

import casus.server.api.Replies;
import casus.server.api.RequestException;
import casus.server.auth.Client;
import casus.v1.ActionChoice;
import casus.v1.ChoiceResult;
import casus.v1.ControlChange;
import casus.v1.ErrorCode;
import casus.v1.JournalInput;
import casus.v1.ListActions;
import casus.v1.MessageDelivered;
import casus.v1.OrdersInput;
import casus.v1.Role;
import casus.v1.SendMessage;
import casus.v1.ServerMessage;
import casus.v1.SessionPhase;
import casus.v1.SubmitActions;
import casus.v1.SubmitResult;
import casus.v1.TakeControl;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a player asks of a session: take a state, act for it, hand it back, write to others. */
final class PlayerRequests {
    /** The longest message, in characters. */
    static final int MAX_MESSAGE = 4000;

    private PlayerRequests() {
    }

    static ServerMessage take(Session s, Client c, long rid, TakeControl t) {
        Member m = s.roster.requireMember(c);
        notEnded(s);
        if (m.role != Role.PLAYER) {
            throw new RequestException(ErrorCode.FORBIDDEN, "a " + m.role.name().toLowerCase(java.util.Locale.ROOT)
                    + " cannot take control; join as a player");
        }
        int a = state(s, t.getState());
        if (m.state == a) {
            throw new RequestException(ErrorCode.ALREADY_CONTROLLING, c.name() + " already controls " + t.getState());
        }
        if (m.state >= 0) {
            throw new RequestException(ErrorCode.ALREADY_CONTROLLING, c.name() + " already controls " + s.game.actorId(m.state)
                    + "; release it first");
        }
        StateSeat seat = s.roster.seats[a];
        if (seat.member != null) {
            throw new RequestException(ErrorCode.STATE_TAKEN, t.getState() + " is controlled by " + seat.member.client.name());
        }
        boolean handed = seat.handed && seat.person.equalsIgnoreCase(c.name());
        if (seat.person != null && !handed) {
            throw held(s, c, seat);
        }
        String key = s.roster.take(m, a, false);
        return ServerMessage.newBuilder().setRequestId(rid).setBriefing(s.game.briefing(a).toBuilder().setSeatKey(key)).build();
    }

    /** SEAT_HELD, in words: whom the seat is kept for, and what can be done. */
    private static RequestException held(Session s, Client c, StateSeat seat) {
        String id = s.game.actorId(seat.state);
        if (seat.handed) {
            return new RequestException(ErrorCode.SEAT_HELD, id + " is kept for " + seat.person + ": the facilitator handed it to them");
        }
        String what = seat.person.equalsIgnoreCase(c.name())
                ? "; reclaim it with the seat key your client kept when you took it, or ask the facilitator to hand it to you again"
                : "; the facilitator can hand it to someone else";
        return new RequestException(ErrorCode.SEAT_HELD, id + " is held for " + seat.person + ", who can reclaim it" + what);
    }

    static ServerMessage release(Session s, Client c, long rid) {
        Member m = s.roster.requireMember(c);
        if (m.state < 0) {
            throw new RequestException(ErrorCode.NOT_YOUR_STATE, c.name() + " controls no state in session " + s.id);
        }
        s.roster.release(m, ControlChange.Kind.RELEASED, "");
        return Replies.ack(rid);
    }

    static ServerMessage listActions(Session s, Client c, long rid, ListActions l) {
        int a = state(s, l.getState());
        if (!c.facilitator()) {
            ownState(s, s.roster.requireMember(c), a);
        }
        notEnded(s);
        return ServerMessage.newBuilder().setRequestId(rid).setActionList(s.game.actions(a)).build();
    }

    static ServerMessage submit(Session s, Client c, long rid, SubmitActions sa) {
        Member m = s.roster.requireMember(c);
        int a = state(s, sa.getState());
        ownState(s, m, a);
        notEnded(s);
        if (sa.hasDay() && sa.getDay() != s.game.day()) {
            throw new RequestException(ErrorCode.WRONG_PHASE, "day " + sa.getDay() + " has played; the coming day is day " + s.game.day()
                    + ", with options of its own ('actions' lists them)");
        }
        SubmitResult.Builder result = SubmitResult.newBuilder().setDay(s.game.day());
        List<ActionChoice> accepted = new ArrayList<>();
        for (ActionChoice choice : sa.getChoicesList()) {
            StringBuilder refusal = new StringBuilder();
            ActionChoice resolved = s.game.resolve(a, choice, refusal);
            ChoiceResult.Builder r = ChoiceResult.newBuilder().setChoice(choice);
            if (resolved != null) {
                accepted.add(resolved);
                r.setChoice(resolved).setAccepted(true);
            } else {
                r.setAccepted(false).setCode(choice.getOption().isEmpty() ? ErrorCode.BAD_REQUEST : ErrorCode.ILLEGAL_ACTION)
                        .setReason(refusal.toString());
            }
            result.addResults(r);
        }
        if (!accepted.isEmpty() || sa.getReady()) {
            s.input(JournalInput.newBuilder().setOrders(OrdersInput.newBuilder().setState(sa.getState()).addAllChoices(accepted)
                    .setReady(sa.getReady())));
        }
        return ServerMessage.newBuilder().setRequestId(rid).setSubmitResult(result.setReady(s.game.turn().ready(a))).build();
    }

    static ServerMessage message(Session s, Client c, long rid, SendMessage sm) {
        Member m = s.roster.member(c);
        String from;
        if (m != null && m.state >= 0) {
            from = s.game.actorId(m.state);
        } else if (c.facilitator()) {
            from = "";
        } else if (m == null) {
            throw s.roster.notAMember(c);
        } else if (m.role == Role.SPECTATOR) {
            throw new RequestException(ErrorCode.FORBIDDEN, "a spectator cannot send messages");
        } else {
            throw new RequestException(ErrorCode.NOT_YOUR_STATE, "take control of a state to write for it");
        }
        notEnded(s);
        RequestException.require(!sm.getText().isBlank(), "the message is empty");
        RequestException.require(sm.getText().length() <= MAX_MESSAGE,
                "the message has " + sm.getText().length() + " characters; at most " + MAX_MESSAGE);
        MessageDelivered.Builder sent = MessageDelivered.newBuilder().setSessionId(s.id).setDay(s.game.day())
                .setDate(s.game.date(s.game.day())).setFromState(from).setFromName(c.name()).setText(sm.getText())
                .setSentUnixMicros(s.ctx.clock().unixMicros());
        if (!sm.getChannel().isEmpty()) {
            ChannelRequests.send(s, c, sm, from, sent);
            return Replies.ack(rid);
        }
        Set<String> to = new LinkedHashSet<>();
        for (String id : sm.getToList()) {
            state(s, id);
            to.add(id);
        }
        MessageDelivered md = sent.addAllTo(to).build();
        s.input(JournalInput.newBuilder().setMessage(md));
        ServerMessage push = ServerMessage.newBuilder().setMessageDelivered(md).build();
        if (to.isEmpty()) {
            s.tell(x -> true, push);
        } else {
            s.tell(x -> x.role == Role.FACILITATOR || x.state >= 0 && to.contains(s.game.actorId(x.state)), push);
        }
        return Replies.ack(rid);
    }

    /** The index of a state by id, or NO_SUCH_STATE naming the states there are. */
    static int state(Session s, String id) {
        int a = s.game.actor(id);
        if (a < 0) {
            List<String> ids = new ArrayList<>();
            s.game.states().forEach(x -> ids.add(x.getId()));
            throw new RequestException(ErrorCode.NO_SUCH_STATE, "no state '" + id + "' in " + s.game.setting().id()
                    + " (states: " + String.join(", ", ids) + ")");
        }
        return a;
    }

    private static void ownState(Session s, Member m, int a) {
        if (m.state != a) {
            throw new RequestException(ErrorCode.NOT_YOUR_STATE, m.client.name() + (m.state < 0 ? " controls no state" : " controls "
                    + s.game.actorId(m.state)) + ", not " + s.game.actorId(a));
        }
    }

    static void notEnded(Session s) {
        if (s.phase == SessionPhase.ENDED) {
            throw new RequestException(ErrorCode.WRONG_PHASE, "session " + s.id + " has ended");
        }
    }
}
