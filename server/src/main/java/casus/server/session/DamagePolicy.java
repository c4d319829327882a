package casus.server.session;

/** What recovery does with a journal damaged before its last record (a torn tail is cut either way). */
public enum DamagePolicy {
    /** Leave the file as it is and do not recover the session; say what is damaged and what would be lost. */
    KEEP,
    /**
     * Keep a copy of the damaged journal beside it, with a note of its damage; cut the journal at
     * the damage, and recover the session as it stood there.
     */
    RESTORE_UNTIL_DAMAGE
}
