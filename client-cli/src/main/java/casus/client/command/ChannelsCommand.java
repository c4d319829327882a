package casus.client.command;

import casus.client.render.TextTable;
import casus.client.render.TextTable.Cell;
import casus.v1.Channel;
import casus.v1.ChannelList;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code channels}: the channels this client reads. */
@Command(name = "channels", description = "List the channels you read: each treaty of your state has one, and the facilitator "
        + "may open others. 'say CHANNEL TEXT' writes to one, 'history CHANNEL' reads it again.")
final class ChannelsCommand extends Verb {
    ChannelsCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        ChannelList list = ctx.call(Requests.channels(ctx.sessionId())).getChannelList();
        ctx.view().channels(list);
        if (list.getChannelsCount() == 0) {
            out().println(ctx.view().controlled().isEmpty() && !ctx.remote().facilitator()
                    ? "no channels: channels belong to states; take one first" : "no channels");
            return;
        }
        print(table(list.getChannelsList()).lines(width()));
    }

    TextTable table(List<Channel> channels) {
        TextTable t = new TextTable();
        for (Channel c : channels) {
            t.row(Cell.styled("#" + c.getName(), c.getClosed() ? p()::dim : p()::bold), Cell.of(members(c)),
                    Cell.styled(c.getMessages() + (c.getMessages() == 1 ? " message" : " messages")
                            + (c.getClosed() ? ", closed" : ""), p()::dim));
        }
        return t;
    }

    /** Its members: "A, B, the facilitator". */
    static String members(Channel c) {
        List<String> m = new ArrayList<>(c.getStatesList());
        if (c.getFacilitator()) {
            m.add("the facilitator");
        }
        return m.isEmpty() ? "nobody" : String.join(", ", m);
    }
}
