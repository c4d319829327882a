package casus.server.session;

import casus.server.api.RequestException;
import casus.server.auth.Client;
import casus.server.game.Channels;
import casus.v1.ChangeChannel;
import casus.v1.ChannelHistory;
import casus.v1.ChannelInput;
import casus.v1.ChannelList;
import casus.v1.ChannelNotice;
import casus.v1.CreateChannel;
import casus.v1.ErrorCode;
import casus.v1.JournalInput;
import casus.v1.MessageDelivered;
import casus.v1.ReadChannel;
import casus.v1.Role;
import casus.v1.SendMessage;
import casus.v1.ServerMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What players and the facilitator ask of a session's channels: list them, read one again, write
 * to one; and the facilitator's: create, change and close them. A player reads and writes the
 * channels of the state it plays; the facilitator reads them all and writes to those it belongs to.
 */
final class ChannelRequests {
    /** A channel's name: one word, so that a person can type it after a command. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    private ChannelRequests() {
    }

    static ServerMessage list(Session s, Client c, long rid) {
        int state = reader(s, c);
        return ServerMessage.newBuilder().setRequestId(rid).setChannelList(visible(s, c.facilitator(), state)).build();
    }

    static ServerMessage read(Session s, Client c, long rid, ReadChannel r) {
        int state = reader(s, c);
        Channels.Channel ch = channel(s, r.getChannel());
        if (!c.facilitator()) {
            requireMember(s, ch, state);
        }
        return ServerMessage.newBuilder().setRequestId(rid).setChannelHistory(ChannelHistory.newBuilder().setSessionId(s.id)
                .setChannel(s.game.channels().info(ch)).addAllMessages(ch.history())).build();
    }

    /** A message to a channel, from a state ({@code from}) or from the facilitator ({@code from} empty). */
    static void send(Session s, Client c, SendMessage sm, String from, MessageDelivered.Builder md) {
        RequestException.require(sm.getToCount() == 0, "a message to a channel names no states of its own; its members receive it");
        Channels.Channel ch = channel(s, sm.getChannel());
        if (from.isEmpty()) {
            if (!ch.facilitator()) {
                throw new RequestException(ErrorCode.NOT_IN_CHANNEL, "you are not a member of " + ch.name() + " (its members: "
                        + s.game.channels().members(ch) + "); the facilitator reads it, and writes to channels it belongs to");
            }
        } else {
            requireMember(s, ch, s.game.actor(from));
        }
        open(ch);
        MessageDelivered m = md.setChannel(ch.name()).addAllTo(s.game.channels().info(ch).getStatesList()).build();
        s.input(JournalInput.newBuilder().setMessage(m));
        s.tell(x -> x.role == Role.FACILITATOR || ch.member(x.state), ServerMessage.newBuilder().setMessageDelivered(m).build());
    }

    static ServerMessage create(Session s, long rid, CreateChannel cc) {
        PlayerRequests.notEnded(s);
        String name = cc.getName();
        if (!NAME.matcher(name).matches()) {
            throw new RequestException(ErrorCode.BAD_NAME, "a channel's name is one word of letters, digits, '-', '_' or '.', "
                    + "at most 32 characters, not '" + name + "'");
        }
        Channels.Channel same = s.game.channels().find(name);
        if (same != null) {
            throw new RequestException(ErrorCode.NAME_TAKEN, "session " + s.id + " has a channel " + same.name() + " already"
                    + (same.closed() ? " (closed)" : "") + "; choose another name");
        }
        List<String> states = states(s, cc.getStatesList());
        RequestException.require(!states.isEmpty() || cc.getFacilitator(), "a channel needs a member: name its states");
        change(s, ChannelInput.newBuilder().setKind("create").setName(name).addAllStates(states).setFacilitator(cc.getFacilitator()),
                x -> false);
        return channels(s, rid);
    }

    static ServerMessage change(Session s, long rid, ChangeChannel cc) {
        PlayerRequests.notEnded(s);
        Channels.Channel ch = channel(s, cc.getChannel());
        open(ch);
        ChannelInput.Builder in = ChannelInput.newBuilder().setName(ch.name());
        if (cc.getClose()) {
            RequestException.require(cc.getAddCount() == 0 && cc.getRemoveCount() == 0 && !cc.hasFacilitator(),
                    "closing a channel changes nothing else; change it first, then close it");
            in.setKind("close");
        } else {
            List<String> add = states(s, cc.getAddList());
            List<String> remove = states(s, cc.getRemoveList());
            RequestException.require(!add.isEmpty() || !remove.isEmpty() || cc.hasFacilitator(),
                    "name the states to add or remove, or whether the facilitator is a member");
            for (String id : add) {
                RequestException.require(!remove.contains(id), id + " is both added to and removed from " + ch.name());
            }
            in.setKind("change").addAllStates(add).addAllRemoved(remove).setFacilitatorChanged(cc.hasFacilitator())
                    .setFacilitator(cc.getFacilitator());
        }
        long before = ch.states();
        // Those it loses hear of it too: they are told why they no longer read it.
        change(s, in, x -> x.state >= 0 && (before & (1L << x.state)) != 0);
        return channels(s, rid);
    }

    /** Journals a change and tells the channel's members, the facilitator and {@code also}. */
    private static void change(Session s, ChannelInput.Builder in, Predicate<Member> also) {
        s.input(JournalInput.newBuilder().setChannel(in));
        Channels.Channel ch = s.game.channels().find(in.getName());
        ChannelNotice n = ChannelNotice.newBuilder().setSessionId(s.id).setDay(s.game.day()).setChannel(s.game.channels().info(ch))
                .setText(text(s, ch, in.getKind())).build();
        s.tell(x -> x.role == Role.FACILITATOR || ch.member(x.state) || also.test(x), ServerMessage.newBuilder().setChannelNotice(n)
                .build());
    }

    private static String text(Session s, Channels.Channel ch, String kind) {
        return switch (kind) {
            case "create" -> "the facilitator opened channel " + ch.name() + ": " + s.game.channels().members(ch);
            case "close" -> "the facilitator closed channel " + ch.name() + "; its history can still be read";
            default -> "the facilitator changed channel " + ch.name() + ": its members are now " + s.game.channels().members(ch);
        };
    }

    private static ServerMessage channels(Session s, long rid) {
        return ServerMessage.newBuilder().setRequestId(rid).setChannelList(visible(s, true, -1)).build();
    }

    private static ChannelList visible(Session s, boolean all, int state) {
        ChannelList.Builder b = ChannelList.newBuilder().setSessionId(s.id);
        for (Channels.Channel ch : s.game.channels().all()) {
            if (all || ch.member(state)) {
                b.addChannels(s.game.channels().info(ch));
            }
        }
        return b.build();
    }

    /** The state whose channels a client reads: the one it plays, or -1 (the facilitator, or a member playing none). */
    private static int reader(Session s, Client c) {
        Member m = s.roster.member(c);
        if (m == null && !c.facilitator()) {
            throw s.roster.notAMember(c);
        }
        if (m != null && m.role == Role.SPECTATOR && !c.facilitator()) {
            throw new RequestException(ErrorCode.FORBIDDEN, "a spectator reads no channels; channels belong to states");
        }
        return m == null ? -1 : m.state;
    }

    private static void requireMember(Session s, Channels.Channel ch, int state) {
        if (state < 0) {
            throw new RequestException(ErrorCode.NOT_IN_CHANNEL, "you are not a member of " + ch.name()
                    + ": channels belong to states; take one first");
        }
        if (!ch.member(state)) {
            throw new RequestException(ErrorCode.NOT_IN_CHANNEL, "you are not a member of " + ch.name() + ": "
                    + s.game.actorId(state) + " is not among its members (" + s.game.channels().members(ch) + ")");
        }
    }

    private static void open(Channels.Channel ch) {
        if (ch.closed()) {
            throw new RequestException(ErrorCode.CHANNEL_CLOSED, "channel " + ch.name() + " is closed; its history can still be read");
        }
    }

    private static Channels.Channel channel(Session s, String name) {
        RequestException.require(!name.isBlank(), "name a channel");
        Channels.Channel ch = s.game.channels().find(name);
        if (ch == null) {
            List<String> names = new ArrayList<>();
            s.game.channels().all().forEach(x -> names.add(x.name()));
            throw new RequestException(ErrorCode.NO_SUCH_CHANNEL, "no channel '" + name + "' in session " + s.id
                    + (names.isEmpty() ? " (it has none)" : " (channels: " + String.join(", ", names) + ")"));
        }
        return ch;
    }

    private static List<String> states(Session s, List<String> typed) {
        List<String> ids = new ArrayList<>();
        for (String id : typed) {
            String known = s.game.actorId(PlayerRequests.state(s, id));
            if (!ids.contains(known)) {
                ids.add(known);
            }
        }
        return ids;
    }
}
