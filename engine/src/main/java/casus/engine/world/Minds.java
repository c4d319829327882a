package casus.engine.world;

import casus.engine.model.Lessons;
import casus.engine.model.Setting;
import casus.engine.model.Term;

/**
 * What each actor wants, believes and feels toward the others: the weight it gives each term of a
 * decision, its belief in each subject's word (a state's, or a council's), and its alignment with
 * every other actor. Beliefs stay within [0, 1] and alignments within [-1, 1]; an actor that has
 * turned toward a partner stays marked as having done so.
 */
public final class Minds {
    private final Setting setting;
    private final double[][] weights;
    private final double[][] alignment;
    private final double[][] belief;
    private final long[] realigned;

    Minds(Setting setting) {
        this.setting = setting;
        int actors = setting.actorCount();
        weights = new double[actors][Term.COUNT];
        alignment = new double[actors][actors];
        belief = new double[actors][setting.subjectCount()];
        realigned = new long[actors];
        for (int a = 0; a < actors; a++) {
            for (int t = 0; t < Term.COUNT; t++) {
                weights[a][t] = setting.weight(a, t);
            }
            for (int b = 0; b < actors; b++) {
                alignment[a][b] = setting.alignment(a, b);
            }
            for (int s = 0; s < setting.subjectCount(); s++) {
                belief[a][s] = setting.belief(a, s);
            }
        }
    }

    /** The weight an actor gives a term ({@link Term}) of its decisions. */
    public double weight(int a, int term) {
        return weights[a][term];
    }

    public void setWeight(int a, int term, double w) {
        weights[a][term] = w;
    }

    /** How one actor stands toward another, -1 (hostile) to 1 (aligned). */
    public double alignment(int from, int to) {
        return alignment[from][to];
    }

    public void setAlignment(int from, int to, double v) {
        alignment[from][to] = Math.max(-1, Math.min(1, v));
    }

    public void shiftAlignment(int from, int to, double delta) {
        alignment[from][to] = Math.max(-1, Math.min(1, alignment[from][to] + delta));
    }

    /** How far an actor believes a subject (a state, or a council) keeps its word, 0 to 1. */
    public double belief(int holder, int subject) {
        return belief[holder][subject];
    }

    public void setBelief(int holder, int subject, double v) {
        belief[holder][subject] = Shares.clamp01(v);
    }

    /**
     * Everyone learns from an answered appeal ({@link Lessons#teach}): the one who asked, and
     * onlookers more slowly, move their belief in {@code subject} toward what the answer was worth;
     * a council's {@code leader} (or -1) is judged with it.
     */
    public void learn(int requester, int subject, int leader, double worth, double clarity) {
        Lessons.teach(belief, requester, subject, leader, worth, clarity, setting);
    }

    /** Whether an actor has already turned toward a partner in this run. */
    public boolean realigned(int a, int partner) {
        return (realigned[a] & (1L << partner)) != 0;
    }

    /** An actor turns toward a partner: alignment both ways rises by a step. */
    public void realign(int a, int partner, double step) {
        realigned[a] |= 1L << partner;
        shiftAlignment(a, partner, step);
        shiftAlignment(partner, a, step);
    }
}
