package casus.engine.testing;

import casus.engine.model.Ask;
import casus.engine.model.DecisionRule;
import casus.engine.model.Obligation;
import casus.engine.model.Setting;
import casus.engine.rules.CasusFoederis;
import casus.engine.rules.Council;
import casus.engine.rules.Settlement;
import casus.engine.rules.Threat;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * What actors did, put into a world by hand the way the engine records it: appeals with the
 * clarity and need they would carry, motions a council appeal tables, ceasefire proposals on a
 * settlement package.
 */
public final class Acts {
    private Acts() {
    }

    /**
     * An appeal under a treaty's article about a conflict (or the crisis at home when
     * {@code conflict} is -1): to the other party of a bilateral treaty, or to a council, which
     * then has the motion {@link Council#motionFor} gives tabled.
     */
    public static Request appeal(World w, int requester, int treaty, int article, Ask ask, int conflict) {
        Setting s = w.setting();
        Obligation o = s.articles(treaty).get(article).obligation();
        int addressee = -1;
        if (s.rule(treaty) == DecisionRule.UNILATERAL) {
            for (int b = 0; b < s.actorCount(); b++) {
                if (b != requester && s.member(treaty, b)) {
                    addressee = b;
                }
            }
        }
        double clarity = conflict < 0 ? CasusFoederis.ofCrisisAtHome(w, requester, o, ask)
                : CasusFoederis.ofConflict(w, w.wars().conflict(conflict), requester, treaty, o);
        Request q = w.appeals().openRequest(requester, treaty, addressee, article, o, ask, conflict, clarity, need(w, requester, conflict));
        if (q.toCouncil()) {
            boolean communal = conflict < 0 && w.regimes().unrest(requester) <= 0 && w.regimes().communalIn(requester) > 0;
            w.appeals().tableMotion(treaty, q.index(), Council.motionFor(q, communal));
        }
        return q;
    }

    /** An appeal to a state outside any treaty. */
    public static Request appealOutside(World w, int requester, int friend, Ask ask, int conflict) {
        return w.appeals().openRequest(requester, -1, friend, -1, Obligation.NONE, ask, conflict, 0, need(w, requester, conflict));
    }

    /** The need an appeal about a conflict (or the crisis at home) records. */
    public static double need(World w, int requester, int conflict) {
        return conflict < 0 ? Threat.of(w, requester) : Threat.ofConflict(w, w.wars().conflict(conflict), requester);
    }

    /** The motion an appeal to a council tabled. */
    public static Motion motionOf(World w, Request q) {
        for (Motion m : w.appeals().motions()) {
            if (m.request() == q.index()) {
                return m;
            }
        }
        throw new AssertionError("no motion for R" + q.index());
    }

    /** A ceasefire proposal on a package of terms; direct when one of the two parties proposes it. */
    public static Proposal propose(World w, int proposer, Conflict c, int variant) {
        boolean direct = proposer == c.attacker() || proposer == w.wars().principalDefender(c);
        return w.talks().propose(proposer, c.index(), Settlement.terms(w, c, proposer, variant), direct);
    }
}
