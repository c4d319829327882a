package casus.client.command;

import casus.v1.ChangeChannel;
import casus.v1.ChannelList;
import casus.v1.ClientMessage;
import casus.v1.CreateChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code channel}: the facilitator opens, changes and closes channels. */
@Command(name = "channel", description = "Facilitator: open a channel of chosen members ('channel create white-cell facilitator "
        + "STATE STATE'), add or remove members ('channel add NAME STATE...', 'channel remove NAME STATE...'), or close it "
        + "('channel close NAME'). A member is a state, or 'facilitator' for yourself.")
final class ChannelCommand extends Verb {
    /** The word that stands for the facilitator among the members. */
    static final String FACILITATOR = "facilitator";

    enum Action {
        create, add, remove, close
    }

    @Parameters(index = "0", paramLabel = "ACTION", description = "create, add, remove or close.")
    Action action;

    @Parameters(index = "1", paramLabel = "NAME", description = "The channel: one word of letters, digits, '-', '_' or '.'.")
    String name;

    @Parameters(index = "2..*", arity = "0..*", paramLabel = "MEMBER", description = "States, and 'facilitator' for yourself.")
    List<String> members = new ArrayList<>();

    ChannelCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String session = ctx.sessionId();
        String channel = HistoryCommand.bare(name);
        List<String> states = new ArrayList<>();
        boolean me = false;
        for (String m : members) {
            if (m.toLowerCase(Locale.ROOT).equals(FACILITATOR)) {
                me = true;
            } else {
                states.add(ctx.state(m));
            }
        }
        if (action != Action.close && states.isEmpty() && !me) {
            throw new UsageException("name the members: states, and 'facilitator' for yourself");
        }
        if (action == Action.close && !members.isEmpty()) {
            throw new UsageException("'channel close NAME' takes no members");
        }
        ClientMessage.Builder request = ClientMessage.newBuilder();
        switch (action) {
            case create -> request.setCreateChannel(CreateChannel.newBuilder().setSessionId(session).setName(channel)
                    .addAllStates(states).setFacilitator(me));
            case add, remove -> {
                ChangeChannel.Builder c = ChangeChannel.newBuilder().setSessionId(session).setChannel(channel);
                if (action == Action.add) {
                    c.addAllAdd(states);
                } else {
                    c.addAllRemove(states);
                }
                if (me) {
                    c.setFacilitator(action == Action.add);
                }
                request.setChangeChannel(c);
            }
            default -> request.setChangeChannel(ChangeChannel.newBuilder().setSessionId(session).setChannel(channel).setClose(true));
        }
        ChannelList list = ctx.call(request).getChannelList();
        ctx.view().channels(list);
        list.getChannelsList().stream().filter(c -> c.getName().equalsIgnoreCase(channel)).findFirst().ifPresent(c ->
                out().println("#" + c.getName() + (c.getClosed() ? " is closed" : ": " + ChannelsCommand.members(c))));
    }
}
