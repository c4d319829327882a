package casus.server.session;

import casus.server.auth.Client;
import casus.v1.SessionInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Every session the server runs, by id and by join code, and every ended session it keeps only
 * as a listing and a journal ({@link EndedSession}). Safe from any thread.
 */
public final class Sessions {
    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Map<String, Session> byCode = new ConcurrentHashMap<>();
    private final Map<String, EndedSession> endedById = new ConcurrentHashMap<>();
    private final Map<String, EndedSession> endedByCode = new ConcurrentHashMap<>();

    void add(Session s) {
        byId.put(s.id(), s);
        byCode.put(s.joinCode(), s);
    }

    /** Lets an ended session's game go, after its retention; the session stays listed, as ended. */
    void retire(Session s) {
        ended(s.ended());
        byId.remove(s.id(), s);
        byCode.remove(s.joinCode(), s);
    }

    /** Keeps an ended session as a listing and its journal. */
    void ended(EndedSession e) {
        endedById.put(e.id(), e);
        endedByCode.put(e.info().getJoinCode(), e);
    }

    /** Whether an id or a join code is taken. */
    boolean taken(String idOrCode) {
        return byId.containsKey(idOrCode) || byCode.containsKey(idOrCode) || endedById.containsKey(idOrCode)
                || endedByCode.containsKey(idOrCode);
    }

    /** An ended session the server keeps only as a listing, by id or by join code (in any case), or null. */
    public EndedSession findEnded(String idOrCode) {
        EndedSession e = endedById.get(idOrCode);
        return e != null ? e : endedByCode.get(idOrCode.toUpperCase(Locale.ROOT));
    }

    /** A session by id or by join code (in any case), or null. */
    public Session find(String idOrCode) {
        Session s = byId.get(idOrCode);
        return s != null ? s : byCode.get(idOrCode.toUpperCase(Locale.ROOT));
    }

    /** Every session, running or ended, by join code. */
    public List<SessionInfo> list() {
        List<SessionInfo> out = new ArrayList<>();
        for (Session s : byId.values()) {
            out.add(s.info());
        }
        for (EndedSession e : endedById.values()) {
            if (!byId.containsKey(e.id())) {
                out.add(e.info());
            }
        }
        out.sort(Comparator.comparing(SessionInfo::getJoinCode));
        return out;
    }

    public int size() {
        return byId.size();
    }

    public List<Session> all() {
        return List.copyOf(byId.values());
    }

    /** Hands a client's request to its session; false when the inbox is full. */
    public boolean post(Session s, Client c, Peer peer, casus.v1.ClientMessage m) {
        return s.post(new Inbound.Request(c, peer, m));
    }

    /** Tells every session of a client that its connection closed. */
    public void disconnected(Client c, Peer peer) {
        for (String id : c.memberships().keySet()) {
            Session s = byId.get(id);
            if (s != null) {
                s.post(new Inbound.Disconnected(c, peer));
            }
        }
    }

    /** Tells every session of a client that it resumed on a new connection. */
    public void reattached(Client c, Peer peer) {
        for (String id : c.memberships().keySet()) {
            Session s = byId.get(id);
            if (s != null) {
                s.post(new Inbound.Reattached(c, peer));
            }
        }
    }

    /** Tells every session of a client that the facilitator removed it. */
    public void kicked(Client c) {
        for (String id : c.memberships().keySet()) {
            Session s = byId.get(id);
            if (s != null) {
                s.post(new Inbound.Kicked(c));
            }
        }
    }

    /** Stops every session, syncing and closing its journal; waits up to {@code seconds}. */
    public void stopAll(long seconds) {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (Session s : byId.values()) {
            CompletableFuture<Void> f = new CompletableFuture<>();
            done.add(f);
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!s.post(new Inbound.Shutdown(f)) && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
            }
        }
        try {
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Whatever did not finish in time has its inputs synced already: each was synced
            // before it was acknowledged.
        }
    }
}
