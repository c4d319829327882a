package casus.client.command;

import casus.client.net.RefusedException;
import casus.v1.ClientMessage;
import casus.v1.Control;
import casus.v1.ControlList;
import casus.v1.ErrorCode;
import casus.v1.KickClient;
import casus.v1.MemberInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kick}: the facilitator removes a client from the server. */
@Command(name = "kick", description = "Facilitator: disconnect any member, named as 'who' shows them (or by client id); "
        + "a state they play goes back to its agent.")
final class KickCommand extends Verb {
    @Parameters(index = "0", paramLabel = "NAME", description = "The player's name, the state they play, or their client id.")
    String name;

    @Option(names = "--reason", paramLabel = "TEXT", description = "What they are told.")
    String reason;

    KickCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String clientId = resolve();
        try {
            ctx.call(ClientMessage.newBuilder().setKickClient(KickClient.newBuilder().setClientId(clientId)
                    .setReason(reason == null ? "" : reason)));
        } catch (RefusedException e) {
            if (clientId.equals(name) && e.code() == ErrorCode.BAD_REQUEST) {
                throw new UsageException("no member of this session is named '" + name + "', and no client has that id; "
                        + "'who' lists them");
            }
            throw e;
        }
        out().println("kicked " + name + (clientId.equals(name) ? "" : " (" + clientId + ")"));
    }

    /** A client id for what was typed: a controller's name or state among the session's players, else taken as an id. */
    private String resolve() {
        if (ctx.view().sessionId().isEmpty()) {
            return name;
        }
        ControlList list = ctx.call(Requests.who(ctx.sessionId())).getControlList();
        Map<String, String> byName = new LinkedHashMap<>();
        for (Control c : list.getControlsList()) {
            if (!c.getClientId().isEmpty() && (c.getController().equalsIgnoreCase(name) || c.getState().equalsIgnoreCase(name)
                    || c.getClientId().equals(name))) {
                byName.put(c.getClientId(), c.getController() + " (" + c.getState() + ", " + c.getClientId() + ")");
            }
        }
        // Members without a state too: spectators, players who have not taken one.
        for (MemberInfo m : list.getMembersList()) {
            if (m.getState().isEmpty() && (m.getName().equalsIgnoreCase(name) || m.getClientId().equals(name))) {
                byName.put(m.getClientId(), m.getName() + " (" + m.getRole().name().toLowerCase(Locale.ROOT) + ", " + m.getClientId()
                        + ")");
            }
        }
        if (byName.size() > 1) {
            throw new UsageException("'" + name + "' names several players: " + String.join(", ", new ArrayList<>(byName.values()))
                    + "; give a client id");
        }
        return byName.isEmpty() ? name : byName.keySet().iterator().next();
    }
}
