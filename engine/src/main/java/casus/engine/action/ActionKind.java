package casus.engine.action;

/**
 * Everything an actor can do. A quiet action leaves the world as it was (hold, pass, reject) and
 * is not told in a chronicle.
 */
public enum ActionKind {
    ATTACK("attack"),
    HOLD("hold", true),
    /** The principal defender strikes back across the border at the attacker. */
    FIRE_BACK("fire-back"),
    INTERVENE("intervene"),
    REQUEST("request"),
    SUSPEND("suspend"),
    HONOUR("honour"),
    /** An answer that stations forces to deter without fighting: air defence, a tripwire. */
    DEFEND("defend"),
    /** An answer that forms a force for a government in trouble and holds it back. */
    RESERVE("reserve"),
    /** An answer that gives a government money or economic help. */
    RESCUE("rescue"),
    CONSULT("consult"),
    DECLINE("decline"),
    VOTE_YES("vote-yes"),
    VOTE_NO("vote-no"),
    VOTE_ABSTAIN("vote-abstain"),
    MEDIATE("mediate"),
    ARM("arm"),
    STATEMENT_SUPPORT("support"),
    STATEMENT_CONDEMN("condemn"),
    /** Publicly backing a government in a crisis at home, or recognising it. */
    BACK("back"),
    REALIGN("realign"),
    ACCEPT("accept"),
    REJECT("reject", true),
    /** A government orders its security forces against the unrest or the violence. */
    CRACK_DOWN("crack-down"),
    /** A government gives the protesters something: a price cut, the cabinet's resignation. */
    CONCEDE("concede"),
    /** The leader steps down so that the regime may stand. */
    RESIGN("resign"),
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
