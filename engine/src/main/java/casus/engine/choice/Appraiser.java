package casus.engine.choice;

import casus.engine.action.Action;
import casus.engine.action.ChoiceSet;
import casus.engine.model.Packages;
import casus.engine.model.SettlementDef;
import casus.engine.model.Term;
import casus.engine.world.Conflict;
import casus.engine.world.Minds;
import casus.engine.world.World;

/**
 * Scores every option of a decision term by term. Each kind of action has its terms in a class of
 * its own ({@link Fighting}, {@link Appeals}, {@link Answers}, {@link Diplomacy}, {@link Terms},
 * {@link Home}); {@link #weigh} then sums them with the actor's weights. The quiet option of every
 * decision (hold, pass, reject) scores zero on every term: the others are judged against doing
 * nothing. docs/MODEL.md states each formula.
 */
public final class Appraiser {
    /** What the terms of one decision phase read: the world, its cached readings, and working space. */
    static final class Context {
        private final Stances stances;
        private final Assessment assessment;
        private final double[] scratch = new double[Term.COUNT];
        private final double[] loose = new double[Terms.PARTS];
        private final int actors;
        private double[][] parts = new double[0][];
        private int[] partsSeen = new int[0];
        private World world;

        Context(int actors) {
            this.actors = actors;
            stances = new Stances(actors);
            assessment = new Assessment(actors);
        }

        World world() {
            return world;
        }

        Assessment assessment() {
            return assessment;
        }

        Stances stances() {
            return stances;
        }

        /** Working space for a second set of terms (a party's view of a proposal). */
        double[] scratch() {
            return scratch;
        }

        /**
         * {@link Terms#parts} of accepting a package of terms, remembered for the decision phase by
         * conflict, party and package (a package a scenario states, or one the rules derive, by
         * its id; terms of another kind are read afresh).
         */
        double[] termsOfAccepting(Conflict c, int party, SettlementDef terms) {
            int variant = Packages.indexOf(world.setting(), terms.id());
            if (variant < 0) {
                Terms.parts(this, c, party, terms, loose);
                return loose;
            }
            int packages = Packages.count(world.setting());
            int key = (c.index() * actors + party) * packages + variant;
            if (key >= partsSeen.length) {
                int n = Math.max(key + 1, partsSeen.length << 1);
                partsSeen = java.util.Arrays.copyOf(partsSeen, n);
                parts = java.util.Arrays.copyOf(parts, n);
            }
            if (partsSeen[key] != assessment.phase() || parts[key] == null) {
                if (parts[key] == null) {
                    parts[key] = new double[Terms.PARTS];
                }
                Terms.parts(this, c, party, terms, parts[key]);
                partsSeen[key] = assessment.phase();
            }
            return parts[key];
        }

        /** The chance, under the logit choice, that an option of utility u is taken over doing nothing. */
        double acceptance(double u) {
            return 1 / (1 + Math.exp(-u / world.setting().temperature()));
        }
    }

    private final double[] terms = new double[Term.COUNT];
    private final Context context;

    public Appraiser(int actors) {
        context = new Context(actors);
    }

    /**
     * Starts a decision phase on a world that will not change until it ends: readings of the
     * world made while scoring are kept for the rest of the phase.
     */
    public void begin(World w) {
        context.world = w;
        context.assessment.begin(w);
    }

    /** The readings of the world in the current decision phase. */
    public Assessment assessment() {
        return context.assessment;
    }

    /** Scores every option of a decision on the world as it is now: fills its terms and utilities. */
    public void appraise(World w, ChoiceSet set) {
        begin(w);
        appraiseInPhase(w, set);
    }

    /**
     * Scores a decision within the decision phase {@link #begin} started, reusing the readings
     * made so far; the world must not have changed since.
     */
    public void appraiseInPhase(World w, ChoiceSet set) {
        context.world = w;
        for (int i = 0; i < set.size(); i++) {
            double[] t = terms;
            java.util.Arrays.fill(t, 0);
            switch (set.actionKind(i)) {
                case ATTACK -> Fighting.attack(context, set, i, t);
                case FIRE_BACK -> Fighting.fireBack(context, set, i, t);
                case INTERVENE -> Fighting.intervene(context, set, i, t);
                case REQUEST -> Appeals.request(context, set, i, t);
                case SUSPEND -> Appeals.suspend(context, set, i, t);
                case HONOUR, DEFEND, RESERVE, RESCUE, CONSULT, DECLINE -> Answers.respond(context, set, i, t);
                case VOTE_YES, VOTE_NO, VOTE_ABSTAIN -> Answers.vote(context, set, i, t);
                case MEDIATE -> Diplomacy.mediate(context, set, i, t);
                case ARM -> Diplomacy.arm(context, set, i, t);
                case STATEMENT_SUPPORT, STATEMENT_CONDEMN -> Diplomacy.statement(context, set, i, t);
                case BACK -> Diplomacy.back(context, set, i, t);
                case REALIGN -> Diplomacy.realign(context, set, i, t);
                case ACCEPT -> Terms.accept(context, set, i, t);
                case CRACK_DOWN -> Home.crackDown(context, set, i, t);
                case CONCEDE -> Home.concede(context, set, i, t);
                case RESIGN -> Home.resign(context, set, i, t);
                case HOLD, PASS, REJECT -> {
                }
            }
            for (int k = 0; k < Term.COUNT; k++) {
                set.setTerm(i, k, t[k]);
            }
            weigh(w, set, i);
        }
    }

    /** Utility of an option: its terms times the actor's weights. */
    public static void weigh(World w, ChoiceSet set, int i) {
        Minds minds = w.minds();
        int a = set.actor();
        double u = 0;
        for (int k = 0; k < Term.COUNT; k++) {
            u += minds.weight(a, k) * set.term(i, k);
        }
        set.setUtility(i, u);
    }

    /** The action for an option, for callers outside the engine. */
    public static Action describe(ChoiceSet set, int i) {
        return set.action(i);
    }
}
