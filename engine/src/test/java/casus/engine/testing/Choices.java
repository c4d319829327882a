package casus.engine.testing;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceKind;
import casus.engine.action.ChoiceSet;
import casus.engine.choice.Appraiser;
import casus.engine.model.Term;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * Decisions put together by hand and scored by the {@link Appraiser}, so that a test reads the
 * terms of one option in a world it arranged. Every helper returns an appraised decision whose
 * option 0 is the action named; {@link #term} reads it.
 */
public final class Choices {
    private Choices() {
    }

    /** The unweighted term of option 0. */
    public static double term(ChoiceSet set, Term t) {
        return set.term(0, t.ordinal());
    }

    /** Scores every option of a decision in a world. */
    public static ChoiceSet appraised(World w, ChoiceSet set) {
        new Appraiser(w.actorCount()).appraise(w, set);
        return set;
    }

    public static ChoiceSet attack(World w, Conflict c, double level) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.POSTURE, c.attacker(), c.index());
        set.add(ActionKind.ATTACK, -1, c.index(), -1, -1, level);
        set.add(ActionKind.HOLD);
        return appraised(w, set);
    }

    public static ChoiceSet intervene(World w, int actor, Conflict c) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.POSTURE, actor, c.index());
        set.add(ActionKind.INTERVENE, -1, c.index(), -1, -1, 1);
        set.add(ActionKind.HOLD);
        return appraised(w, set);
    }

    /** An appeal under a treaty's article about a conflict, or about unrest when conflict is -1. */
    public static ChoiceSet request(World w, int actor, int treaty, int article, int conflict) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.APPEAL, actor, treaty);
        set.add(ActionKind.REQUEST, -1, conflict, treaty, article, 0);
        set.add(ActionKind.PASS);
        return appraised(w, set);
    }

    public static ChoiceSet suspend(World w, int actor, int treaty) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.APPEAL, actor, treaty);
        set.add(ActionKind.SUSPEND, -1, -1, treaty, -1, 0);
        set.add(ActionKind.PASS);
        return appraised(w, set);
    }

    /** An ally's answer (honour, consult or decline) to a bilateral appeal. */
    public static ChoiceSet respond(World w, int actor, Request q, ActionKind answer) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.RESPONSE, actor, q.index());
        set.add(answer, q.requester(), q.index(), q.treaty(), q.article(), 0);
        return appraised(w, set);
    }

    /** A member's vote (yes, no or abstain) on a council motion. */
    public static ChoiceSet vote(World w, int actor, Motion m, ActionKind vote) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.VOTE, actor, m.index());
        set.add(vote, -1, m.index(), m.treaty(), -1, 0);
        return appraised(w, set);
    }

    public static ChoiceSet mediate(World w, int actor, Conflict c, boolean withPeacekeepers) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.DIPLOMACY, actor, -1);
        set.add(withPeacekeepers ? ActionKind.MEDIATE_WITH_PEACEKEEPERS : ActionKind.MEDIATE, -1, c.index(), -1, -1, 0);
        set.add(ActionKind.PASS);
        return appraised(w, set);
    }

    public static ChoiceSet accept(World w, int actor, Proposal p) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.CEASEFIRE, actor, p.index());
        set.add(ActionKind.ACCEPT, -1, p.index(), -1, -1, 0);
        set.add(ActionKind.REJECT, -1, p.index(), -1, -1, 0);
        return appraised(w, set);
    }
}
