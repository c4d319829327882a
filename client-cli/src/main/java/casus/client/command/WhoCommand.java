package casus.client.command;

import casus.client.render.TextTable;
import casus.client.render.TextTable.Cell;
import casus.v1.Control;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code who}: who plays which state. */
@Command(name = "who", description = "Show who plays which state; the others are played by agents.")
final class WhoCommand extends Verb {
    WhoCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        List<Control> controls = ctx.call(Requests.who(ctx.sessionId())).getControlList().getControlsList();
        String me = ctx.view().controlled();
        TextTable t = new TextTable();
        for (Control c : controls) {
            boolean free = c.getController().isEmpty();
            String who = free ? "agent" : c.getController() + (c.getConnected() ? "" : " (away)");
            t.row(Cell.styled(c.getState(), c.getState().equals(me) ? p()::bold : s -> s), Cell.of(ctx.view().stateName(c.getState())),
                    Cell.styled(who + (c.getState().equals(me) ? "  <- you" : ""), free ? p()::dim : p()::green),
                    Cell.styled(ctx.remote().facilitator() && !free ? c.getClientId() : "", p()::dim));
        }
        print(t.lines(width()));
    }
}
