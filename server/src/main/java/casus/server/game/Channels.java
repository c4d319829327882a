package casus.server.game;

import casus.engine.model.Setting;
import casus.v1.ChannelInput;
import casus.v1.MessageDelivered;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A session's channels: named groups of states, and perhaps the facilitator, each with its
 * history. Every treaty of the scenario has one from the start, named by its id; the
 * facilitator creates, changes and closes others. Membership belongs to the state, so whoever
 * plays it reads its channels, history included. Changed only by journaled inputs, in their
 * order, so a replay of the journal gives the same channels.
 */
public final class Channels {
    /** One channel: its name, its members (a bit set over actor indices), its history. */
    public static final class Channel {
        private final String name;
        private final String treaty;
        private long states;
        private boolean facilitator;
        private boolean closed;
        private final List<MessageDelivered> history = new ArrayList<>();

        Channel(String name, String treaty, long states, boolean facilitator) {
            this.name = name;
            this.treaty = treaty;
            this.states = states;
            this.facilitator = facilitator;
        }

        public String name() {
            return name;
        }

        /** The treaty whose channel this is, or "" for one the facilitator created. */
        public String treaty() {
            return treaty;
        }

        public boolean member(int actor) {
            return actor >= 0 && (states & (1L << actor)) != 0;
        }

        /** The member states, a bit set over actor indices. */
        public long states() {
            return states;
        }

        /** Whether the facilitator is a member. */
        public boolean facilitator() {
            return facilitator;
        }

        public boolean closed() {
            return closed;
        }

        /** Every message sent to it, in order. */
        public List<MessageDelivered> history() {
            return Collections.unmodifiableList(history);
        }
    }

    private final Setting setting;
    private final List<Channel> list = new ArrayList<>();

    /** The treaties' channels, as a session opens. */
    public Channels(Setting setting) {
        this.setting = setting;
        for (int t = 0; t < setting.treatyCount(); t++) {
            list.add(new Channel(setting.treatyId(t), setting.treatyId(t), setting.members(t), false));
        }
    }

    /** Every channel, treaties' first, then in the order they were created. */
    public List<Channel> all() {
        return Collections.unmodifiableList(list);
    }

    /** The channel of a name in any case, or null. */
    public Channel find(String name) {
        for (Channel c : list) {
            if (c.name.equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Applies what the facilitator did to a channel; returns one line saying it. Inputs were
     * checked when accepted: a bad one here is a broken journal.
     */
    public String apply(ChannelInput in) {
        switch (in.getKind()) {
            case "create" -> {
                if (find(in.getName()) != null) {
                    throw new IllegalArgumentException("broken journal: channel " + in.getName() + " exists already");
                }
                Channel c = new Channel(in.getName(), "", bits(in.getStatesList()), in.getFacilitator());
                list.add(c);
                return "created channel " + c.name + ": " + members(c);
            }
            case "change" -> {
                Channel c = require(in.getName());
                c.states = (c.states | bits(in.getStatesList())) & ~bits(in.getRemovedList());
                if (in.getFacilitatorChanged()) {
                    c.facilitator = in.getFacilitator();
                }
                return "changed channel " + c.name + ": " + members(c);
            }
            case "close" -> {
                Channel c = require(in.getName());
                c.closed = true;
                return "closed channel " + c.name;
            }
            default -> throw new IllegalArgumentException("broken journal: a change of channel of no known kind '" + in.getKind() + "'");
        }
    }

    /** Keeps a message sent to a channel in its history. */
    public void message(MessageDelivered m) {
        require(m.getChannel()).history.add(m);
    }

    /** The channel as the protocol tells it. */
    public casus.v1.Channel info(Channel c) {
        casus.v1.Channel.Builder b = casus.v1.Channel.newBuilder().setName(c.name).setTreaty(c.treaty).setFacilitator(c.facilitator)
                .setClosed(c.closed).setMessages(c.history.size());
        for (int a = 0; a < setting.actorCount(); a++) {
            if (c.member(a)) {
                b.addStates(setting.actorId(a));
            }
        }
        return b.build();
    }

    /** Its members in words: "A, B and the facilitator". */
    public String members(Channel c) {
        List<String> names = new ArrayList<>(info(c).getStatesList());
        if (c.facilitator) {
            names.add("the facilitator");
        }
        if (names.isEmpty()) {
            return "no members";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private long bits(List<String> ids) {
        long b = 0;
        for (String id : ids) {
            int a = setting.actor(id);
            if (a < 0) {
                throw new IllegalArgumentException("broken journal: no state " + id);
            }
            b |= 1L << a;
        }
        return b;
    }

    private Channel require(String name) {
        Channel c = find(name);
        if (c == null) {
            throw new IllegalArgumentException("broken journal: no channel " + name);
        }
        return c;
    }
}
