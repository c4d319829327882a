package casus.server.session;

import casus.server.auth.Tokens;

/**
 * One state's seat: the person it is tied to, the hash of its seat key, and the member at it now.
 * A seat whose person is gone past the grace period is away: it is kept for them, and their seat
 * key takes it back; so is a seat the facilitator handed to a person who has not taken it yet.
 * Touched by the session's passes only.
 */
final class StateSeat {
    final int state;
    /** The name the seat is tied to, or null while the agent plays the state. */
    String person;
    /** SHA-256 of its seat key, hex, or null while no key opens it. */
    String keyHash;
    /** The member at the seat (connected, or within its grace period), or null while the seat is away or free. */
    Member member;
    /** The client that held the seat last, and its token's hash: what the journal names when the seat goes back to the agent. */
    String clientId = "";
    String tokenHash = "";
    /** Handed by the facilitator to {@link #person}, who has not taken it yet. */
    boolean handed;

    StateSeat(int state) {
        this.state = state;
    }

    /** Whether the agent plays the state and nobody is owed it. */
    boolean free() {
        return person == null;
    }

    /** Whether the seat is kept for a person who is not at it. */
    boolean away() {
        return person != null && member == null;
    }

    /** Whether the seat key opens this seat. */
    boolean opens(String seatKey) {
        return keyHash != null && Tokens.same(keyHash, Tokens.sha256(seatKey));
    }

    /** The person is at the seat, as {@code m}. */
    void seat(Member m) {
        member = m;
        person = m.client.name();
        clientId = m.client.id();
        tokenHash = m.client.tokenHash();
        handed = false;
    }

    /** The agent plays the state again, and nobody is owed it. */
    void clear() {
        person = null;
        keyHash = null;
        member = null;
        clientId = "";
        tokenHash = "";
        handed = false;
    }
}
