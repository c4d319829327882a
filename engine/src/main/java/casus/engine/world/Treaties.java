package casus.engine.world;

import casus.engine.model.DecisionRule;
import casus.engine.model.Protection;
import casus.engine.model.Setting;

/**
 * The commitments states have made to each other: who still takes part in each treaty, who leads
 * it, how far it is believed, and which states have declared they protect another. A suspension
 * of participation is never lifted within a run; the leader of a treaty is its strongest member
 * at the start and stays so; a treaty has at most {@value Long#SIZE} articles.
 */
public final class Treaties {
    private final Setting setting;
    private final Minds minds;
    private final long[] suspended;
    private final int[] leaders;
    private final long[] protectors;
    private boolean memberSuspended;

    Treaties(Setting setting, Minds minds) {
        this.setting = setting;
        this.minds = minds;
        int treaties = setting.treatyCount();
        suspended = new long[treaties];
        leaders = new int[treaties];
        for (int t = 0; t < treaties; t++) {
            leaders[t] = strongestMember(setting, t);
        }
        protectors = new long[setting.actorCount()];
        for (Protection p : setting.protections()) {
            protectors[p.protege()] |= 1L << p.protector();
        }
        for (int t = 0; t < treaties; t++) {
            if (setting.articles(t).size() > Long.SIZE) {
                throw new IllegalArgumentException("treaty " + setting.treatyId(t) + " has " + setting.articles(t).size()
                        + " articles; at most " + Long.SIZE + " are supported");
            }
        }
    }

    /** Whether a member has suspended its participation in a treaty. */
    public boolean suspended(int treaty, int a) {
        return (suspended[treaty] & (1L << a)) != 0;
    }

    public void suspend(int treaty, int a) {
        suspended[treaty] |= 1L << a;
        memberSuspended = true;
    }

    /** Whether any member of any treaty has suspended its participation in this run. */
    public boolean memberSuspended() {
        return memberSuspended;
    }

    /** A member that takes part: a member that has not suspended its participation. */
    public boolean activeMember(int treaty, int a) {
        return setting.member(treaty, a) && !suspended(treaty, a);
    }

    /** The member with the greatest military power: who leads the treaty in practice. */
    public int leader(int treaty) {
        return leaders[treaty];
    }

    /** The member with the greatest military power in the scenario, or -1 for a treaty without members. */
    private static int strongestMember(Setting setting, int treaty) {
        int best = -1;
        for (int a = 0; a < setting.actorCount(); a++) {
            if (setting.member(treaty, a) && (best < 0 || setting.power(a) > setting.power(best))) {
                best = a;
            }
        }
        return best;
    }

    /**
     * How far a treaty is believed: for a council, the mean belief its active members hold in it;
     * for a bilateral treaty, what the weaker party believes of the leader.
     */
    public double credibility(int treaty) {
        int actors = setting.actorCount();
        if (setting.rule(treaty) == DecisionRule.UNILATERAL) {
            int leader = leader(treaty);
            double sum = 0;
            int count = 0;
            for (int a = 0; a < actors; a++) {
                if (a != leader && setting.member(treaty, a)) {
                    sum += minds.belief(a, leader);
                    count++;
                }
            }
            return count == 0 ? 0 : sum / count;
        }
        int subject = setting.treatySubject(treaty);
        double sum = 0;
        int count = 0;
        for (int a = 0; a < actors; a++) {
            if (activeMember(treaty, a)) {
                sum += minds.belief(a, subject);
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** Whether a state has declared it protects another (a de facto authority or a state). */
    public boolean protects(int protector, int protege) {
        return (protectors[protege] & (1L << protector)) != 0;
    }

    /** The states that have declared they protect an actor, as a bit set. */
    public long protectors(int protege) {
        return protectors[protege];
    }
}
