package casus.client.command;

import casus.client.net.RefusedException;
import casus.client.render.Format;
import casus.v1.ErrorCode;
import casus.v1.Joined;
import casus.v1.Role;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code join}: becomes a member of a session, as a player, a spectator or its facilitator. */
@Command(name = "join", description = "Join a session by its code: as a player (then 'take STATE'), or only to watch with --spectate. "
        + "With the facilitator token you join as its facilitator.")
final class JoinCommand extends Verb {
    @Parameters(index = "0", paramLabel = "CODE", description = "The session's join code.")
    String code;

    @Option(names = "--spectate", description = "Watch only: receive the updates, act for no state.")
    boolean spectate;

    @Option(names = "--player", description = "With the facilitator token: join as a player all the same.")
    boolean player;

    JoinCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        Role role = spectate ? Role.SPECTATOR : ctx.remote().facilitator() && !player ? Role.FACILITATOR : Role.PLAYER;
        List<SeatKeys.Kept> kept = role == Role.PLAYER ? ctx.seatKeys().of(ctx.remote().address(), code) : List.of();
        Joined j;
        try {
            j = ctx.call(Requests.join(code, role)).getJoined();
        } catch (RefusedException e) {
            if (e.code() == ErrorCode.NAME_TAKEN && !kept.isEmpty()) {
                out().println("you hold " + kept.get(0).state() + " in " + code.toUpperCase(java.util.Locale.ROOT) + ": 'reclaim "
                        + code + "' takes it back with its seat key");
            }
            throw e;
        }
        ctx.view().joined(j);
        out().println(describe(j, p()));
        if (role == Role.PLAYER && j.getControlledState().isEmpty()) {
            if (!kept.isEmpty()) {
                out().println("you held " + kept.get(0).state() + " here: 'reclaim' takes it back with its seat key");
            } else {
                out().println("'who' shows which states are free; 'take STATE' plays one");
            }
        }
    }

    static String describe(Joined j, casus.client.render.Palette p) {
        String title = j.getSession().getTitle().isEmpty() ? j.getSession().getScenarioTitle() : j.getSession().getTitle();
        return "joined " + p.bold(j.getSession().getJoinCode()) + " as " + Format.role(j.getRole()) + ": " + title + " · day "
                + j.getSession().getDay() + " of " + j.getSession().getDays() + " · " + Format.phase(j.getSession().getPhase()) + " · "
                + Format.mode(j.getSession().getSettings())
                + (j.getControlledState().isEmpty() ? "" : " · you play " + j.getControlledState());
    }
}
