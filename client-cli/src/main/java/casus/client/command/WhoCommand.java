package casus.client.command;

import casus.client.render.TextTable.Cell;
import casus.client.render.Format;
import casus.client.render.TextTable;
import casus.v1.Control;
import casus.v1.ControlList;
import casus.v1.MemberInfo;
import casus.v1.Role;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code who}: who plays which state, and who else is here. */
@Command(name = "who", description = "Show who plays which state (the others are played by agents), and every other member: "
        + "spectators, players without a state, the facilitator.")
final class WhoCommand extends Verb {
    WhoCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        ControlList list = ctx.call(Requests.who(ctx.sessionId())).getControlList();
        List<Control> controls = list.getControlsList();
        String me = ctx.view().controlled();
        TextTable t = new TextTable();
        for (Control c : controls) {
            boolean free = c.getController().isEmpty();
            String who = free ? "agent" : c.getController() + Format.seat(c);
            t.row(Cell.styled(c.getState(), c.getState().equals(me) ? p()::bold : s -> s), Cell.of(ctx.view().stateName(c.getState())),
                    Cell.styled(who + (c.getState().equals(me) ? "  <- you" : ""), free ? p()::dim : p()::green),
                    Cell.styled(ctx.remote().facilitator() && !free ? c.getClientId() : "", p()::dim));
        }
        print(t.lines(width()));
        TextTable others = new TextTable();
        for (MemberInfo m : list.getMembersList()) {
            if (m.getState().isEmpty()) {
                String role = m.getRole().name().toLowerCase(Locale.ROOT);
                others.row(Cell.of(m.getName()), Cell.of(role + (m.getRole() == Role.PLAYER ? ", no state" : "")
                        + (m.getConnected() ? "" : " (disconnected)")), Cell.styled(ctx.remote().facilitator() ? m.getClientId() : "", p()::dim));
            }
        }
        if (!others.isEmpty()) {
            out().println("also here:");
            print(others.lines(width()));
        }
    }
}
