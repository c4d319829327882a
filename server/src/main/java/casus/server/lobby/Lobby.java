package casus.server.lobby;

import casus.server.Clock;
import casus.server.ServerSettings;
import casus.server.api.Replies;
import casus.server.api.RequestException;
import casus.server.auth.Client;
import casus.server.auth.Clients;
import casus.server.session.EndedSession;
import casus.server.session.Peer;
import casus.server.session.Session;
import casus.server.session.SessionFactory;
import casus.server.session.Sessions;
import casus.server.transport.Connection;
import casus.server.transport.RequestSink;
import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.Joined;
import casus.v1.Pong;
import casus.v1.ServerMessage;
import casus.v1.SessionList;
import casus.v1.SessionInfo;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Where every request arrives, on its connection's event loop. Answers what needs no session at
 * once (Hello, Ping, the scenario and session lists, statistics), checks that a facilitator's
 * request comes with the token, hands slow work (creating a session) to the background, and
 * queues everything else in its session's inbox.
 */
public final class Lobby implements RequestSink {
    private static final Logger LOG = LogManager.getLogger(Lobby.class);

    private final Clients clients;
    private final Sessions sessions;
    private final SessionFactory factory;
    private final ScenarioCatalog catalog;
    private final StatsReader stats;
    private final ExecutorService background;
    private final Clock clock;
    private final Greeter greeter;
    private final int maxServerFrameBytes;

    public Lobby(ServerSettings settings, Clients clients, Sessions sessions, SessionFactory factory, ScenarioCatalog catalog,
            StatsReader stats, ExecutorService background, Clock clock, String serverName) {
        this.clients = clients;
        this.sessions = sessions;
        this.factory = factory;
        this.catalog = catalog;
        this.stats = stats;
        this.background = background;
        this.clock = clock;
        this.maxServerFrameBytes = settings.maxServerFrameBytes();
        this.greeter = new Greeter(settings, clients, sessions, serverName, clock, factory::recoveryNotices);
    }

    /** Tells the address browsers open, once the server listens; clients learn it in their Welcome. */
    public void roomAddress(String address) {
        greeter.roomAddress = address;
    }

    @Override
    public void request(Connection c, ClientMessage m) {
        long rid = m.getRequestId();
        try {
            switch (m.getKindCase()) {
                case HELLO -> greeter.hello(c, rid, m.getHello());
                case PING -> c.send(ServerMessage.newBuilder().setRequestId(rid)
                        .setPong(Pong.newBuilder().setServerUnixMicros(clock.unixMicros())).build());
                case LIST_SCENARIOS -> catalog.list().whenComplete((list, failure) -> c.send(failure == null
                        ? ServerMessage.newBuilder().setRequestId(rid).setScenarioList(list).build()
                        : Replies.error(rid, ErrorCode.INTERNAL, "the scenarios cannot be listed: " + failure)));
                case LIST_SESSIONS -> c.send(ServerMessage.newBuilder().setRequestId(rid)
                        .setSessionList(SessionList.newBuilder().addAllSessions(visible(c.client()))).build());
                case CREATE_SESSION -> create(c, rid, m);
                case KICK_CLIENT -> kick(c, rid, m);
                case GET_SERVER_STATS -> {
                    facilitatorOnly(c, m);
                    c.send(ServerMessage.newBuilder().setRequestId(rid).setServerStats(stats.read(clock.nanos())).build());
                }
                case KIND_NOT_SET -> throw new RequestException(ErrorCode.UNKNOWN_MESSAGE,
                        "a request of no kind this server knows (protocol " + casus.server.api.ProtocolVersions.text(
                                casus.server.api.ProtocolVersions.CURRENT) + ")");
                case JOIN_SESSION -> route(c, m, m.getJoinSession().getJoinCode());
                default -> route(c, m, SessionIds.of(m));
            }
        } catch (RequestException e) {
            c.send(Replies.error(rid, e));
        }
    }

    /**
     * The sessions a client may see listed, ended ones too: all of them for the facilitator;
     * otherwise those it belongs to (or belonged to, when they ended) and those the facilitator
     * listed, so that a join code protects its session.
     */
    private List<SessionInfo> visible(Client c) {
        List<SessionInfo> all = sessions.list();
        if (c.facilitator()) {
            return all;
        }
        return all.stream().filter(s -> s.getSettings().getListed() || c.memberships().containsKey(s.getSessionId())
                || endedMember(s.getSessionId(), c)).toList();
    }

    private boolean endedMember(String sessionId, Client c) {
        EndedSession e = sessions.findEnded(sessionId);
        return e != null && e.member(c);
    }

    private void route(Connection c, ClientMessage m, String sessionId) {
        RequestException.require(!sessionId.isEmpty(), kind(m) + " names no session");
        Session s = sessions.find(sessionId);
        if (s == null) {
            EndedSession e = sessions.findEnded(sessionId);
            if (e == null) {
                throw new RequestException(ErrorCode.NO_SUCH_SESSION, "no session '" + sessionId + "'");
            }
            e.request(c.client(), c, m, background, maxServerFrameBytes);
            return;
        }
        if (!sessions.post(s, c.client(), c, m)) {
            throw new RequestException(ErrorCode.BUSY, "session " + s.id() + " is busy; retry");
        }
    }

    private void create(Connection c, long rid, ClientMessage m) {
        facilitatorOnly(c, m);
        Client client = c.client();
        background.execute(() -> {
            try {
                Joined joined = factory.create(m.getCreateSession().getSettings(), client, c);
                c.send(ServerMessage.newBuilder().setRequestId(rid).setSessionCreated(joined).build());
            } catch (RequestException e) {
                c.send(Replies.error(rid, e));
            } catch (RuntimeException e) {
                LOG.error("creating a session failed", e);
                c.send(Replies.error(rid, ErrorCode.INTERNAL, "creating the session failed: " + e));
            }
        });
    }

    private void kick(Connection c, long rid, ClientMessage m) {
        facilitatorOnly(c, m);
        Client target = clients.byId(m.getKickClient().getClientId());
        RequestException.require(target != null, "no client '" + m.getKickClient().getClientId() + "'");
        RequestException.require(target != c.client(), "a facilitator cannot kick itself");
        clients.forget(target);
        sessions.kicked(target);
        Peer p = target.peer();
        if (p != null) {
            target.detach(p);
            String why = m.getKickClient().getReason();
            p.close(ErrorCode.KICKED, why.isEmpty() ? "removed by the facilitator" : why);
        }
        LOG.info("client {} kicked by {}", target, c.client());
        c.send(Replies.ack(rid));
    }

    private static void facilitatorOnly(Connection c, ClientMessage m) {
        if (!c.client().facilitator()) {
            throw new RequestException(ErrorCode.UNAUTHORIZED, "only the facilitator may " + kind(m));
        }
    }

    @Override
    public void closed(Connection c) {
        Client client = c.client();
        if (client != null && client.detach(c)) {
            sessions.disconnected(client, c);
            clients.forgetIfIdle(client);
        }
    }

    static String kind(ClientMessage m) {
        return m.getKindCase().name().toLowerCase(Locale.ROOT);
    }
}
