package casus.server.journal;

/**
 * A seat a person holds, or that is kept for a person, as the journal has it: who it is tied to,
 * the client that held it last (whose resume token resumes it), the hash of its seat key, and
 * whether its person is away.
 *
 * @param state the state's id
 * @param person the name the seat is tied to
 * @param clientId the client that held it last, or "" for a seat handed to a person not there yet
 * @param tokenHash the hash of that client's resume token, or ""
 * @param keyHash SHA-256 of the seat key, hex, or "" while no key opens it (handed, not yet taken)
 * @param away whether its person is away past the grace period, or has not come to take it
 * @param handed whether the facilitator handed it to its person, who has not taken it yet
 */
public record SeatHolder(String state, String person, String clientId, String tokenHash, String keyHash, boolean away, boolean handed) {
    /** The same seat, its person away. */
    public SeatHolder gone() {
        return new SeatHolder(state, person, clientId, tokenHash, keyHash, true, handed);
    }

    /** The same seat, reclaimed by its person on a new client. */
    public SeatHolder back(String newClientId, String newTokenHash) {
        return new SeatHolder(state, person, newClientId, newTokenHash, keyHash, false, false);
    }
}
