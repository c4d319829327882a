package casus.engine.model;

/** What a treaty article obliges its parties to do; {@link #NONE} for an appeal outside any treaty. */
public enum Obligation {
    /** Aggression against one is aggression against all, answered by a collective decision. */
    COLLECTIVE_DEFENCE,
    /** Each party assists the other militarily when it is attacked. */
    MUTUAL_ASSISTANCE,
    /** The parties consult when a party's security is threatened. */
    CONSULTATION,
    /** No treaty obliges the one asked: an appeal to a friend. */
    NONE;

    /** True when honouring the article means sending forces. */
    public boolean military() {
        return this == COLLECTIVE_DEFENCE || this == MUTUAL_ASSISTANCE;
    }
}
