package casus.engine.action;

import casus.engine.model.Setting;
import casus.engine.model.Term;

/**
 * One decision an actor faces today: its options, each option's utility terms, and which was
 * chosen. A reusable buffer: the engine refills it each tick; it grows to the largest decision
 * it has held and then allocates nothing.
 */
public final class ChoiceSet {
    private static final int INITIAL = 4;

    private ChoiceKind kind;
    private int actor;
    private int subject;
    private int size;
    private ActionKind[] kinds = new ActionKind[INITIAL];
    private int[] target = new int[INITIAL];
    private int[] ref = new int[INITIAL];
    private int[] treaty = new int[INITIAL];
    private int[] article = new int[INITIAL];
    private double[] level = new double[INITIAL];
    private int[] variant = new int[INITIAL];
    private double[] terms = new double[INITIAL * Term.COUNT];
    private int[] counterpart = new int[INITIAL];
    private double[] utility = new double[INITIAL];
    private int chosen = -1;
    private int agentChoice = -1;
    private boolean human;
    private boolean scored;

    public void reset(ChoiceKind kind, int actor, int subject) {
        this.kind = kind;
        this.actor = actor;
        this.subject = subject;
        size = 0;
        chosen = -1;
        agentChoice = -1;
        human = false;
        scored = false;
    }

    /** Adds an option and returns its index. */
    public int add(ActionKind k, int target, int ref, int treaty, int article, double level) {
        return add(k, target, ref, treaty, article, level, -1);
    }

    /** Adds an option with a variant (what an appeal asks for, which package a mediator proposes) and returns its index. */
    public int add(ActionKind k, int target, int ref, int treaty, int article, double level, int variant) {
        if (size == kinds.length) {
            grow();
        }
        int i = size++;
        kinds[i] = k;
        this.target[i] = target;
        this.ref[i] = ref;
        this.treaty[i] = treaty;
        this.article[i] = article;
        this.level[i] = level;
        this.variant[i] = variant;
        counterpart[i] = -1;
        utility[i] = 0;
        return i;
    }

    private void grow() {
        int n = kinds.length * 2;
        kinds = java.util.Arrays.copyOf(kinds, n);
        target = java.util.Arrays.copyOf(target, n);
        ref = java.util.Arrays.copyOf(ref, n);
        treaty = java.util.Arrays.copyOf(treaty, n);
        article = java.util.Arrays.copyOf(article, n);
        level = java.util.Arrays.copyOf(level, n);
        variant = java.util.Arrays.copyOf(variant, n);
        terms = java.util.Arrays.copyOf(terms, n * Term.COUNT);
        counterpart = java.util.Arrays.copyOf(counterpart, n);
        utility = java.util.Arrays.copyOf(utility, n);
    }

    public int add(ActionKind k) {
        return add(k, -1, -1, kind == ChoiceKind.APPEAL ? subject : -1, -1, 0);
    }

    public ChoiceKind kind() {
        return kind;
    }

    public int actor() {
        return actor;
    }

    /** What the decision is about: a request, motion or proposal index, else -1. */
    public int subject() {
        return subject;
    }

    public int size() {
        return size;
    }

    /**
     * A stable key naming this decision among the actor's decisions of the day, for example
     * {@code appeal:CSTO}, {@code appeal:outside}, {@code vote:M1}, {@code posture:C0}, {@code diplomacy}: with an option's
     * {@link Action#key} it names what a person chose.
     */
    public String key(Setting s) {
        return switch (kind) {
            case APPEAL -> subject < 0 ? "appeal:outside" : "appeal:" + s.treatyId(subject);
            case RESPONSE -> "response:R" + subject;
            case VOTE -> "vote:M" + subject;
            case POSTURE -> "posture:C" + subject;
            case DIPLOMACY -> "diplomacy";
            case DOMESTIC -> "domestic";
        };
    }

    public ActionKind actionKind(int i) {
        return kinds[i];
    }

    public int target(int i) {
        return target[i];
    }

    public int ref(int i) {
        return ref[i];
    }

    public int treaty(int i) {
        return treaty[i];
    }

    public int article(int i) {
        return article[i];
    }

    public double level(int i) {
        return level[i];
    }

    /** What an appeal asks for, or which package a mediator proposes; -1 otherwise. */
    public int variant(int i) {
        return variant[i];
    }

    /** The unweighted value of a term for an option. */
    public double term(int i, int t) {
        return terms[i * Term.COUNT + t];
    }

    /** Sets the unweighted value of a term for an option; the appraiser writes these. */
    public void setTerm(int i, int t, double v) {
        terms[i * Term.COUNT + t] = v;
    }

    /** Clears every term of an option. */
    public void clearTerms(int i) {
        for (int t = i * Term.COUNT, end = t + Term.COUNT; t < end; t++) {
            terms[t] = 0;
        }
    }

    /** The actor whose relation weighed most in an option's relations term, or -1. */
    public int counterpart(int i) {
        return counterpart[i];
    }

    public void setCounterpart(int i, int actor) {
        counterpart[i] = actor;
    }

    public double utility(int i) {
        return utility[i];
    }

    public void setUtility(int i, double u) {
        utility[i] = u;
        scored = true;
    }

    /**
     * Whether the options were weighed. An agent that does not deliberate on a day keeps still
     * without weighing them: its options then show zero on every term.
     */
    public boolean scored() {
        return scored;
    }

    /** Marks the options as not weighed today, every term and utility zero. */
    public void unscored() {
        java.util.Arrays.fill(terms, 0, size * Term.COUNT, 0);
        java.util.Arrays.fill(utility, 0, size, 0);
        scored = false;
    }

    public int chosen() {
        return chosen;
    }

    /** What the agent would choose, whether or not a person chose instead. */
    public int agentChoice() {
        return agentChoice;
    }

    public boolean human() {
        return human;
    }

    public void choose(int agentPick, int finalPick, boolean byHuman) {
        agentChoice = agentPick;
        chosen = finalPick;
        human = byHuman;
    }

    /** The option that changes nothing (hold, pass, reject), or -1 when every option acts. */
    public int quietOption() {
        for (int i = 0; i < size; i++) {
            if (kinds[i].quiet()) {
                return i;
            }
        }
        return -1;
    }

    /** The best option other than {@code i} by utility, or -1 when there is none. */
    public int runnerUp(int i) {
        int best = -1;
        for (int j = 0; j < size; j++) {
            if (j != i && (best < 0 || utility[j] > utility[best])) {
                best = j;
            }
        }
        return best;
    }

    public Action action(int i) {
        return new Action(kinds[i], kind, actor, target[i], ref[i], treaty[i], article[i], level[i], variant[i]);
    }
}
