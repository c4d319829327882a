package casus.engine.testing;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceKind;
import casus.engine.action.ChoiceSet;
import casus.engine.choice.Appraiser;
import casus.engine.model.Ask;
import casus.engine.model.DecisionRule;
import casus.engine.model.Term;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * Decisions put together by hand and scored by the {@link Appraiser}, so that a test reads the
 * terms of one option in a world it arranged. Every helper returns an appraised decision whose
 * option 0 is the action named (and, where the decision has one, whose last option is the quiet
 * one); {@link #term} reads it.
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

    /** The principal defender fires back at the attacker at an intensity. */
    public static ChoiceSet fireBack(World w, Conflict c, double level) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.POSTURE, w.wars().principalDefender(c), c.index());
        set.add(ActionKind.FIRE_BACK, c.attacker(), c.index(), -1, -1, level);
        set.add(ActionKind.HOLD);
        return appraised(w, set);
    }

    /** A third party joins the defence of a conflict's principal defender. */
    public static ChoiceSet intervene(World w, int actor, Conflict c) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.POSTURE, actor, c.index());
        set.add(ActionKind.INTERVENE, w.wars().principalDefender(c), c.index(), -1, -1, 1);
        set.add(ActionKind.HOLD);
        return appraised(w, set);
    }

    /** What an appeal under an article asks for by default: forces (or troops at home) under a military article, else consultations. */
    public static Ask defaultAsk(World w, int treaty, int article, int conflict) {
        if (!w.setting().articles(treaty).get(article).obligation().military()) {
            return Ask.CONSULTATIONS;
        }
        return conflict >= 0 ? Ask.MILITARY_AID : Ask.PEACEKEEPERS;
    }

    /** An appeal under a treaty's article about a conflict, or about the crisis at home when conflict is -1. */
    public static ChoiceSet request(World w, int actor, int treaty, int article, int conflict) {
        return request(w, actor, treaty, article, conflict, defaultAsk(w, treaty, article, conflict));
    }

    /** An appeal under a treaty's article for something; a bilateral appeal is addressed to the other party. */
    public static ChoiceSet request(World w, int actor, int treaty, int article, int conflict, Ask ask) {
        int addressee = -1;
        if (w.setting().rule(treaty) == DecisionRule.UNILATERAL) {
            for (int b = 0; b < w.actorCount(); b++) {
                if (b != actor && w.setting().member(treaty, b)) {
                    addressee = b;
                }
            }
        }
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.APPEAL, actor, treaty);
        set.add(ActionKind.REQUEST, addressee, conflict, treaty, article, 0, ask.ordinal());
        set.add(ActionKind.PASS);
        return appraised(w, set);
    }

    /** An appeal to a friend outside any treaty. */
    public static ChoiceSet requestOutside(World w, int actor, int friend, int conflict, Ask ask) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.APPEAL, actor, -1);
        set.add(ActionKind.REQUEST, friend, conflict, -1, -1, 0, ask.ordinal());
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

    /** A state's answer (honour, defend, reserve, rescue, consult or decline) to an appeal made to it. */
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

    /** A ceasefire proposal on a settlement package ({@link casus.engine.model.Packages}), by a mediator or a party. */
    public static ChoiceSet mediate(World w, int actor, Conflict c, int variant) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.DIPLOMACY, actor, -1);
        set.add(ActionKind.MEDIATE, -1, c.index(), -1, -1, 0, variant);
        set.add(ActionKind.PASS);
        return appraised(w, set);
    }

    /** A party accepts a proposal, in its posture in the proposal's conflict. */
    public static ChoiceSet accept(World w, int actor, Proposal p) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.POSTURE, actor, p.conflict());
        set.add(ActionKind.ACCEPT, p.proposer(), p.index(), -1, -1, 0);
        set.add(ActionKind.HOLD);
        return appraised(w, set);
    }

    /** A diplomatic act aimed at an actor (arm, back, realign, or a statement about a conflict). */
    public static ChoiceSet diplomacy(World w, int actor, ActionKind kind, int target, int conflict) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.DIPLOMACY, actor, -1);
        set.add(kind, target, conflict, -1, -1, 0);
        set.add(ActionKind.PASS);
        return appraised(w, set);
    }

    /** A government's answer to its crisis at home: crack down, concede or resign. */
    public static ChoiceSet domestic(World w, int actor, ActionKind kind) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.DOMESTIC, actor, -1);
        set.add(kind);
        set.add(ActionKind.PASS);
        return appraised(w, set);
    }
}
