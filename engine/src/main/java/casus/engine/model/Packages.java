package casus.engine.model;

import java.util.List;

/**
 * The settlement packages a mediator may propose for a conflict, by number: the three the rules
 * derive for any war, then the scenario's own, in its order. A proposal's key names a package by
 * its id ("freeze", "peacekeepers", "restore", or the scenario's id).
 */
public final class Packages {
    /** The lines stay where they stand. */
    public static final int FREEZE = 0;
    /** The lines stay, guarded by the proposer's own peacekeepers. */
    public static final int OWN_PEACEKEEPERS = 1;
    /** The attacker gives back what it took since the war began. */
    public static final int RESTORE = 2;
    /** The scenario's packages come after the derived ones. */
    public static final int SCENARIO = 3;

    private Packages() {
    }

    /** A package's id, as keys and chronicles name it. */
    public static String id(Setting s, int variant) {
        return switch (variant) {
            case FREEZE -> "freeze";
            case OWN_PEACEKEEPERS -> "peacekeepers";
            case RESTORE -> "restore";
            default -> s.settlements().get(variant - SCENARIO).id();
        };
    }

    /** The package with an id, or -1: the derived ones first, so a scenario cannot shadow them. */
    public static int indexOf(Setting s, String id) {
        switch (id) {
            case "freeze":
                return FREEZE;
            case "peacekeepers":
                return OWN_PEACEKEEPERS;
            case "restore":
                return RESTORE;
            default:
                List<SettlementDef> own = s.settlements();
                for (int i = 0; i < own.size(); i++) {
                    if (own.get(i).id().equals(id)) {
                        return SCENARIO + i;
                    }
                }
                return -1;
        }
    }

    /** How many packages the setting knows. */
    public static int count(Setting s) {
        return SCENARIO + s.settlements().size();
    }
}
