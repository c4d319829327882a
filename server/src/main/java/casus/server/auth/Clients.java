package casus.server.auth;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every client the server knows, by id and by the hash of its resume token. A client is known
 * while connected or while a session keeps it as a member (through the grace period); clients
 * restored from journals after a restart wait here for their owners to resume them.
 */
public final class Clients {
    /** Client ids: letters and digits that cannot be misread. */
    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    /** Bytes of entropy in a resume token. */
    static final int TOKEN_BYTES = 24;

    private final Map<String, Client> byId = new ConcurrentHashMap<>();
    private final Map<String, Client> byTokenHash = new ConcurrentHashMap<>();

    /** A new client and its resume token, which only the client ever sees. */
    public record Registered(Client client, String resumeToken) {
    }

    public Registered register(String name, boolean facilitator) {
        while (true) {
            String token = Tokens.random(TOKEN_BYTES);
            Client c = new Client("c-" + Tokens.random(ALPHABET, 8), name, Tokens.sha256(token), facilitator);
            if (byId.putIfAbsent(c.id(), c) == null) {
                byTokenHash.put(c.tokenHash(), c);
                return new Registered(c, token);
            }
        }
    }

    /** The client a resume token belongs to, or null. */
    public Client resume(String resumeToken) {
        return byTokenHash.get(Tokens.sha256(resumeToken));
    }

    /**
     * A client known from a journal (its id, name and token hash), waiting to be resumed; the
     * same client when it is already known.
     */
    public Client restore(String id, String name, String tokenHash) {
        Client existing = byTokenHash.get(tokenHash);
        if (existing != null) {
            return existing;
        }
        Client c = new Client(id, name, tokenHash, false);
        Client raced = byId.putIfAbsent(id, c);
        if (raced != null) {
            return raced;
        }
        byTokenHash.put(tokenHash, c);
        return c;
    }

    public Client byId(String id) {
        return byId.get(id);
    }

    /** Forgets a client: its token no longer resumes anything. */
    public void forget(Client c) {
        byId.remove(c.id(), c);
        byTokenHash.remove(c.tokenHash(), c);
    }

    /** Forgets a client that is disconnected and belongs to no session. */
    public void forgetIfIdle(Client c) {
        if (c.peer() == null && c.memberships().isEmpty()) {
            forget(c);
        }
    }

    public Collection<Client> all() {
        return byId.values();
    }
}
