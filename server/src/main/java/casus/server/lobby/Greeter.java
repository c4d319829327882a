package casus.server.lobby;

import casus.server.Clock;
import casus.server.ServerSettings;
import casus.server.api.ProtocolVersions;
import casus.server.auth.Client;
import casus.server.auth.Clients;
import casus.server.auth.Tokens;
import casus.server.session.Peer;
import casus.server.session.Session;
import casus.server.session.Sessions;
import casus.server.transport.Connection;
import casus.v1.ErrorCode;
import casus.v1.Hello;
import casus.v1.Joined;
import casus.v1.ServerMessage;
import casus.v1.SessionNotice;
import casus.v1.Welcome;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Answers Hello: checks the version and the facilitator token, resumes a client that brings
 * its resume token back within the grace period, or registers a new one. A facilitator is then
 * told what the server could not recover of its sessions when it started.
 */
final class Greeter {
    private static final Logger LOG = LogManager.getLogger(Greeter.class);
    static final List<String> CAPABILITIES = List.of("real-time", "turn-based", "resume", "messages", "inject", "change-facts",
            "export-record", "channels", "seats");

    private final ServerSettings settings;
    private final Clients clients;
    private final Sessions sessions;
    private final String serverName;
    private final Clock clock;
    private final Supplier<List<SessionNotice>> recovery;
    private final TokenThrottle throttle = new TokenThrottle();
    /** Where browsers open the room; set once the server listens. */
    volatile String roomAddress = "";

    Greeter(ServerSettings settings, Clients clients, Sessions sessions, String serverName, Clock clock,
            Supplier<List<SessionNotice>> recovery) {
        this.settings = settings;
        this.clients = clients;
        this.sessions = sessions;
        this.serverName = serverName;
        this.clock = clock;
        this.recovery = recovery;
    }

    void hello(Connection c, long rid, Hello h) {
        if (c.client() != null) {
            c.send(casus.server.api.Replies.error(rid, ErrorCode.ALREADY_GREETED, "this connection said Hello already"));
            return;
        }
        if (!h.hasVersion() || !ProtocolVersions.served(h.getVersion())) {
            String theirs = h.hasVersion() ? ProtocolVersions.text(h.getVersion()) : "none";
            c.close(rid, ErrorCode.UNSUPPORTED_VERSION, "protocol " + theirs + " is not served; this server speaks "
                    + ProtocolVersions.text(ProtocolVersions.CURRENT) + " and any " + ProtocolVersions.MAJOR + ".x");
            return;
        }
        String name = h.getClientName().strip();
        String badName = Names.problem(name);
        if (badName != null) {
            c.send(casus.server.api.Replies.error(rid, ErrorCode.BAD_NAME, badName));
            return;
        }
        boolean facilitator = false;
        if (!h.getFacilitatorToken().isEmpty()) {
            String host = TokenThrottle.host(c.remote());
            long now = clock.nanos();
            long wait = throttle.waitNanos(host, now);
            if (wait > 0) {
                c.close(rid, ErrorCode.RATE_LIMITED, "too many wrong facilitator tokens from " + host + "; try again in "
                        + TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999) + " s");
                return;
            }
            if (!Tokens.same(h.getFacilitatorToken(), settings.facilitatorToken())) {
                throttle.failed(host, now);
                LOG.warn("wrong facilitator token from {}", c.remote());
                c.close(rid, ErrorCode.UNAUTHORIZED, "wrong facilitator token");
                return;
            }
            throttle.succeeded(host);
            facilitator = true;
        }
        Welcome.Builder w = welcome();
        Client resumed = h.getResumeToken().isEmpty() ? null : clients.resume(h.getResumeToken());
        if (resumed != null && resumed.facilitator() == facilitator) {
            Peer before = resumed.peer();
            resumed.attach(c);
            c.greeted(resumed);
            if (before != null && before != c) {
                before.close(ErrorCode.REPLACED, "a newer connection resumed this client");
            }
            sessions.reattached(resumed, c);
            w.setClientId(resumed.id()).setResumeToken(h.getResumeToken()).setFacilitator(facilitator).setResumed(true);
            for (Map.Entry<String, Client.Membership> e : resumed.memberships().entrySet()) {
                Session s = sessions.find(e.getKey());
                if (s != null) {
                    w.addRejoined(Joined.newBuilder().setSession(s.info()).setRole(e.getValue().role())
                            .setControlledState(e.getValue().state()));
                }
            }
            LOG.info("client {} resumed from {}", resumed, c.remote());
        } else {
            Clients.Registered r = clients.register(name, facilitator);
            r.client().attach(c);
            c.greeted(r.client());
            w.setClientId(r.client().id()).setResumeToken(r.resumeToken()).setFacilitator(facilitator);
            LOG.debug("client {} greeted from {}", r.client(), c.remote());
        }
        c.send(ServerMessage.newBuilder().setRequestId(rid).setWelcome(w).build());
        if (facilitator) {
            // What the server could not recover when it started, or recovered with a loss, each time a facilitator comes.
            for (SessionNotice n : recovery.get()) {
                c.send(ServerMessage.newBuilder().setNotice(n).build());
            }
        }
    }

    private Welcome.Builder welcome() {
        return Welcome.newBuilder().setVersion(ProtocolVersions.CURRENT).setServerName(serverName).addAllCapabilities(CAPABILITIES)
                .setMaxFrameBytes(settings.maxFrameBytes()).setMaxServerFrameBytes(settings.maxServerFrameBytes())
                .setIdleTimeoutSeconds((int) settings.idleTimeout().toSeconds()).setGraceSeconds((int) settings.grace().toSeconds())
                .setRoomAddress(roomAddress);
    }
}
