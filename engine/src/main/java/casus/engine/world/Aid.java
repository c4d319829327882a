package casus.engine.world;

/**
 * The help states gave others in a run, as the outcome reads it: arms supplied to a belligerent,
 * a reserve formed for a government, money to rescue it, public backing, forces stationed to
 * deter on a state's side, and troops sent to guard a government. Help once given stays on record.
 */
public final class Aid {
    private final long[] supporting;
    private final long[] backers;
    private long reserveFor;
    private long rescued;
    private long defended;
    private long guarded;

    Aid(int actors) {
        supporting = new long[actors];
        backers = new long[actors];
    }

    /** Whether an actor is arming another. */
    public boolean supports(int supporter, int beneficiary) {
        return (supporting[supporter] & (1L << beneficiary)) != 0;
    }

    public void startSupport(int supporter, int beneficiary) {
        supporting[supporter] |= 1L << beneficiary;
    }

    /** A state formed a force for a government and held it back. */
    public void formReserve(int government) {
        reserveFor |= 1L << government;
    }

    public boolean reserveFormedFor(int government) {
        return (reserveFor & (1L << government)) != 0;
    }

    /** A state gave a government money or economic help. */
    public void rescue(int government) {
        rescued |= 1L << government;
    }

    public boolean rescued(int government) {
        return (rescued & (1L << government)) != 0;
    }

    /** A state publicly backed a government in a crisis at home, or recognised it. */
    public void back(int backer, int government) {
        backers[government] |= 1L << backer;
    }

    /** Whether any state has backed a government in its crisis at home. */
    public boolean backed(int government) {
        return backers[government] != 0;
    }

    public boolean backedBy(int backer, int government) {
        return (backers[government] & (1L << backer)) != 0;
    }

    /** An ally or a council stationed forces to deter on an actor's side. */
    public void defend(int beneficiary) {
        defended |= 1L << beneficiary;
    }

    public boolean defended(int beneficiary) {
        return (defended & (1L << beneficiary)) != 0;
    }

    /** A single state sent its own forces to guard a government. */
    public void guard(int government) {
        guarded |= 1L << government;
    }

    public boolean guarded(int government) {
        return (guarded & (1L << government)) != 0;
    }
}
