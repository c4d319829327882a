package casus.engine.model;

/** What a treaty article obliges its parties to do. */
public enum Obligation {
    /** Aggression against one is aggression against all, answered by a collective decision. */
    COLLECTIVE_DEFENCE,
    /** Each party assists the other militarily when it is attacked. */
    MUTUAL_ASSISTANCE,
    /** The parties consult when a party's security is threatened. */
    CONSULTATION;

    /** True when honouring the article means sending forces. */
    public boolean military() {
        return this != CONSULTATION;
    }
}
