package casus.client.command;

import casus.client.render.TextTable;
import casus.client.render.TextTable.Cell;
import casus.client.render.Wrap;
import casus.v1.CatalogueEvent;
import casus.v1.ScenarioInfo;
import casus.v1.StateInfo;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code scenarios}: what sessions can be made of. */
@Command(name = "scenarios", description = "List the scenarios a session can be created from; with a name, its states and the events a facilitator may inject.")
final class ScenariosCommand extends Verb {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "A scenario to describe.")
    String name;

    ScenariosCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        List<ScenarioInfo> list = ctx.call(Requests.scenarios()).getScenarioList().getScenariosList();
        ctx.view().scenarios(list);
        if (name == null) {
            TextTable t = new TextTable();
            for (ScenarioInfo s : list) {
                t.row(Cell.styled(s.getName(), p()::bold), Cell.of(s.getStartDate()), Cell.number(s.getDays() + " days"), Cell.of(s.getTitle()));
            }
            print(t.lines(width()));
            return;
        }
        for (ScenarioInfo s : list) {
            if (s.getName().equalsIgnoreCase(name)) {
                out().println(p().bold(s.getTitle()) + p().dim("  (" + s.getName() + ", from " + s.getStartDate() + ", " + s.getDays() + " days)"));
                if (!s.getSummary().isEmpty()) {
                    print(Wrap.lines(s.getSummary(), width()));
                }
                List<String> states = new ArrayList<>();
                for (StateInfo st : s.getStatesList()) {
                    states.add(st.getId() + " " + st.getName());
                }
                print(Wrap.lines("states: " + String.join(" · ", states), width()));
                if (s.getCatalogueCount() > 0) {
                    out().println(p().bold("events the facilitator may inject:"));
                    TextTable t = new TextTable().indent("  ").wrapLast();
                    for (CatalogueEvent e : s.getCatalogueList()) {
                        t.row(Cell.styled(e.getId(), p()::cyan), Cell.of(e.getDescription()));
                    }
                    print(t.lines(width()));
                }
                return;
            }
        }
        List<String> names = new ArrayList<>();
        list.forEach(s -> names.add(s.getName()));
        throw new UsageException("no scenario '" + name + "' (scenarios: " + String.join(", ", names) + ")");
    }
}
