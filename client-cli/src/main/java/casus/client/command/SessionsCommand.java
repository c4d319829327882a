package casus.client.command;

import casus.client.render.Format;
import casus.client.render.TextTable;
import casus.client.render.TextTable.Cell;
import casus.v1.SessionInfo;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code sessions}: the sessions on the server. */
@Command(name = "sessions", description = "List the sessions on the server: join codes, scenarios, phases (with when an ended one ended), days, "
        + "players. Ended sessions stay listed for the facilitator and their players; 'report --session CODE' writes their report.")
final class SessionsCommand extends Verb {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    SessionsCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        List<SessionInfo> list = ctx.call(Requests.sessions()).getSessionList().getSessionsList();
        ctx.view().sessions(list);
        if (list.isEmpty()) {
            out().println("no sessions yet" + (ctx.remote().facilitator() ? "; 'create SCENARIO' makes one" : "; the facilitator creates them"));
            return;
        }
        TextTable t = new TextTable();
        t.row(Cell.styled("code", p()::dim), Cell.styled("scenario", p()::dim), Cell.styled("phase", p()::dim), Cell.styled("day", p()::dim),
                Cell.styled("players", p()::dim), Cell.styled("connected", p()::dim), Cell.styled("title", p()::dim));
        for (SessionInfo s : list) {
            t.row(Cell.styled(s.getJoinCode(), p()::bold), Cell.of(s.getSettings().getScenario()), Cell.of(phase(s)),
                    Cell.number(s.getDay() + "/" + s.getDays()), Cell.number(Integer.toString(s.getHumanStates())),
                    Cell.number(Integer.toString(s.getMembers())), Cell.of(s.getTitle().isEmpty() ? s.getScenarioTitle() : s.getTitle()));
        }
        print(t.lines(width()));
    }

    /** The phase, and for an ended session when it ended, by this machine's clock and zone. */
    static String phase(SessionInfo s) {
        if (s.getEndedUnixMillis() == 0) {
            return Format.phase(s.getPhase());
        }
        return Format.phase(s.getPhase()) + " " + WHEN.format(Instant.ofEpochMilli(s.getEndedUnixMillis()).atZone(ZoneId.systemDefault()));
    }

}
