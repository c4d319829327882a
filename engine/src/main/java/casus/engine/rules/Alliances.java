package casus.engine.rules;

import static casus.engine.model.ModelConstant.DUTY_STAKE_FLOOR;
import static casus.engine.model.ModelConstant.UNASKED_DUTY_SHARE;

import casus.engine.model.Article;
import casus.engine.model.DecisionRule;
import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.Request;
import casus.engine.world.World;

/** Facts about treaties that several appraisals share. */
public final class Alliances {
    private Alliances() {
    }

    /**
     * Whose word an appeal under a treaty rests on, as a belief subject: the treaty itself when a
     * council decides, the other party of a bilateral treaty otherwise.
     */
    public static int subject(World w, int treaty, int member) {
        Setting s = w.setting();
        if (s.rule(treaty) == DecisionRule.CONSENSUS) {
            return s.treatySubject(treaty);
        }
        for (int a = 0; a < s.actorCount(); a++) {
            if (a != member && s.member(treaty, a)) {
                return a;
            }
        }
        return s.treatySubject(treaty);
    }

    /** Whose word an appeal rests on, as a belief subject: the treaty, its other party, or the state asked. */
    public static int subjectOf(World w, Request q) {
        return q.treaty() >= 0 ? subject(w, q.treaty(), q.requester()) : q.addressee();
    }

    /**
     * How much of a treaty's credibility rides on an answer: half of it at least, the rest as
     * far as the treaty is still believed; an unasked-for answer carries half as much.
     */
    public static double stake(World w, int treaty, boolean requested) {
        double floor = w.k(DUTY_STAKE_FLOOR);
        double stake = floor + (1 - floor) * w.treaties().credibility(treaty);
        return requested ? stake : w.k(UNASKED_DUTY_SHARE) * stake;
    }

    /**
     * A member's share of the burden of a collective deployment: its power over the power of all
     * active members but the one asking.
     */
    public static double burdenShare(World w, int treaty, int member, int requester) {
        double total = 0;
        for (int a = 0; a < w.actorCount(); a++) {
            if (a != requester && w.treaties().activeMember(treaty, a)) {
                total += w.military().power(a);
            }
        }
        return total <= 0 ? 0 : w.military().power(member) / total;
    }

    /** 1 when an actor has a military obligation toward another under a treaty in force, else 0. */
    public static double obligationTo(World w, int actor, int other) {
        Setting s = w.setting();
        for (int t = 0; t < s.treatyCount(); t++) {
            if (w.treaties().activeMember(t, actor) && w.treaties().activeMember(t, other)) {
                for (Article art : s.articles(t)) {
                    if (art.obligation().military()) {
                        return 1;
                    }
                }
            }
        }
        return 0;
    }

    /** The first conflict an actor fights in, on either side, or null. */
    public static Conflict conflictOf(World w, int actor) {
        for (int cIndex = 0; cIndex < w.wars().conflictCount(); cIndex++) {
            Conflict c = w.wars().conflict(cIndex);
            if (c.attacker() == actor || c.sideOfDefence(actor)) {
                return c;
            }
        }
        return null;
    }
}
