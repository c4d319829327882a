package casus.client.command;

import casus.client.render.TextTable;
import casus.client.render.TextTable.Cell;
import casus.v1.CatalogueEvent;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code inject}: the facilitator fires one of the scenario's prepared shocks. */
@Command(name = "inject", description = "Facilitator: fire one of the scenario's prepared events now; without one, list them.")
final class InjectCommand extends Verb {
    @Parameters(index = "0", arity = "0..1", paramLabel = "EVENT", description = "The event's id.")
    String event;

    InjectCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String id = ctx.sessionId();
        if (event == null) {
            List<CatalogueEvent> list = ctx.view().catalogue();
            if (list.isEmpty()) {
                out().println("this session offers no events to inject");
            }
            TextTable t = new TextTable();
            for (CatalogueEvent e : list) {
                t.row(Cell.styled(e.getId(), p()::cyan), Cell.of(e.getDescription()));
            }
            print(t.lines(width()));
            return;
        }
        ctx.call(Requests.inject(id, event));
        out().println("injected " + event);
    }
}
