package casus.engine.action;

import casus.engine.world.Conflict;

import casus.engine.world.World;

/**
 * The legal options of every decision an actor faces today. Only legal actions are ever built:
 * appeals only to treaties the actor takes part in or to friends, answers only by those asked,
 * votes only by active members, attacks only by attackers, acceptances only by the parties. The
 * decisions come in canonical order: appeals, answers, votes, conduct in each conflict, diplomacy,
 * the government's answer to a crisis at home.
 */
public final class Options {
    private Options() {
    }

    /**
     * Fills {@code pool} with today's decisions for actor {@code a}, in canonical order, and
     * returns how many there are.
     */
    public static int build(World w, int a, ChoiceSet[] pool) {
        return build(w, a, pool, true);
    }

    /**
     * As {@link #build(World, int, ChoiceSet[])}; with {@code deliberates} false, leaves out the
     * decisions an actor takes only on days it deliberates (appeals, diplomacy, its answer to a
     * crisis at home, its part as a third party in a war), whose quiet option it would take.
     */
    public static int build(World w, int a, ChoiceSet[] pool, boolean deliberates) {
        if (w.regimes().fallen(a)) {
            return 0;
        }
        int n = 0;
        if (deliberates) {
            n = AppealOptions.build(w, a, pool, n);
        }
        n = AnswerOptions.build(w, a, pool, n);
        n = AnswerOptions.votes(w, a, pool, n);
        n = PostureOptions.build(w, a, pool, n, deliberates);
        if (deliberates) {
            n = DiplomacyOptions.build(w, a, pool, n);
            n = DomesticOptions.build(w, a, pool, n);
        }
        return n;
    }

    /** Whether a decision is one an actor takes only on days it deliberates. */
    public static boolean gated(World w, ChoiceSet set) {
        return switch (set.kind()) {
            case APPEAL, DIPLOMACY, DOMESTIC -> true;
            case POSTURE -> {
                Conflict c = w.wars().conflict(set.subject());
                yield c.attacker() != set.actor() && w.wars().principalDefender(c) != set.actor();
            }
            case RESPONSE, VOTE -> false;
        };
    }

    /** The decision buffer at a slot of the pool, made on first use. */
    static ChoiceSet slot(ChoiceSet[] pool, int n) {
        ChoiceSet set = pool[n];
        if (set == null) {
            set = new ChoiceSet();
            pool[n] = set;
        }
        return set;
    }
}
