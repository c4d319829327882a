package casus.engine.action;

/**
 * Everything an actor can do. A quiet action leaves the world as it was (hold, pass, reject) and
 * is not told in a chronicle.
 */
public enum ActionKind {
    ATTACK("attack"),
    HOLD("hold", true),
    INTERVENE("intervene"),
    REQUEST("request"),
    SUSPEND("suspend"),
    HONOUR("honour"),
    CONSULT("consult"),
    DECLINE("decline"),
    VOTE_YES("vote-yes"),
    VOTE_NO("vote-no"),
    VOTE_ABSTAIN("vote-abstain"),
    MEDIATE("mediate"),
    MEDIATE_WITH_PEACEKEEPERS("mediate-pk"),
    ARM("arm"),
    STATEMENT_SUPPORT("support"),
    STATEMENT_CONDEMN("condemn"),
    REALIGN("realign"),
    ACCEPT("accept"),
    REJECT("reject", true),
    PASS("pass", true);

    private final String verb;
    private final boolean quiet;

    ActionKind(String verb) {
        this(verb, false);
    }

    ActionKind(String verb, boolean quiet) {
        this.verb = verb;
        this.quiet = quiet;
    }

    /** The word a player types, and the first part of an action key. */
    public String verb() {
        return verb;
    }

    public boolean quiet() {
        return quiet;
    }

    public static ActionKind byVerb(String verb) {
        for (ActionKind k : values()) {
            if (k.verb.equals(verb)) {
                return k;
            }
        }
        return null;
    }
}
