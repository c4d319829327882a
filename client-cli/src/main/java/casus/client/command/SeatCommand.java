package casus.client.command;

import casus.v1.AbsentPolicy;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code seat}: the facilitator hands a seat to a named person, or says what it does while its player is away. */
@Command(name = "seat", description = "Facilitator: hand a state's seat to a named person, or set what the seat does while its "
        + "player is away. 'seat STATE to NAME': the player connected under NAME gets it now, with a new seat key (else the next to "
        + "take it under that name); whoever held it loses it, and the old key stops working. 'seat STATE away agent': the agent "
        + "plays while its player is away; 'away hold': the day waits for them; 'away session': as the session's --absent policy.")
final class SeatCommand extends Verb {
    @Parameters(index = "0", paramLabel = "STATE", description = "The state.")
    String state;

    @Parameters(index = "1", paramLabel = "to|away", description = "'to' hands the seat to a person; 'away' sets what it does while "
            + "its player is away.")
    String what;

    @Parameters(index = "2", paramLabel = "NAME|agent|hold|session", description = "The person's name (as they say Hello), or what "
            + "the seat does while its player is away.")
    String value;

    SeatCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String id = ctx.state(state);
        switch (what.toLowerCase(Locale.ROOT)) {
            case "to" -> {
                ctx.call(Requests.hand(ctx.sessionId(), id, value));
                out().println("handed " + id + " to " + value + ": they get it with a new seat key (now if they are here, else when "
                        + "they take it); any older key stops working");
            }
            case "away" -> {
                AbsentPolicy p = switch (value.toLowerCase(Locale.ROOT)) {
                    case "agent" -> AbsentPolicy.AGENT_STANDS_IN;
                    case "hold" -> AbsentPolicy.HOLD;
                    case "session" -> AbsentPolicy.ABSENT_POLICY_UNSPECIFIED;
                    default -> throw new UsageException("'seat STATE away' takes agent, hold or session, not '" + value + "'");
                };
                ctx.call(Requests.seatAway(ctx.sessionId(), id, p));
                out().println(switch (p) {
                    case AGENT_STANDS_IN -> "the agent plays " + id + " while its player is away";
                    case HOLD -> "the day waits for " + id + "'s player while they are away";
                    default -> id + " does as the session says while its player is away";
                });
            }
            default -> throw new UsageException("'seat STATE to NAME' or 'seat STATE away agent|hold|session', not '" + what + "'");
        }
    }
}
