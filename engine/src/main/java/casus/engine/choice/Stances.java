package casus.engine.choice;

import casus.engine.action.ChoiceSet;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import casus.engine.world.World;

/**
 * The attitude an option takes toward each other actor, from -1 (hostile) to 1 (friendly), and the
 * relations term it makes: each stance weighed by how much that actor matters to the chooser.
 */
final class Stances {
    private final double[] stance;
    /** The actors given a stance since the last {@link #clear}, so that clearing touches only them. */
    private final int[] touched;
    private final boolean[] marked;
    private int count;

    Stances(int actors) {
        stance = new double[actors];
        touched = new int[actors];
        marked = new boolean[actors];
    }

    void clear() {
        for (int i = 0; i < count; i++) {
            stance[touched[i]] = 0;
            marked[touched[i]] = false;
        }
        count = 0;
    }

    private void mark(int actor) {
        if (!marked[actor]) {
            marked[actor] = true;
            touched[count++] = actor;
        }
    }

    void set(int actor, double v) {
        mark(actor);
        stance[actor] = v;
    }

    void add(int actor, double v) {
        mark(actor);
        stance[actor] += v;
    }

    double get(int actor) {
        return stance[actor];
    }

    int size() {
        return stance.length;
    }

    /**
     * Writes the relations term of option {@code i}: the stances weighted by interdependence.
     * Records the actor that weighed most.
     */
    void relations(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        Setting s = w.setting();
        double sum = 0;
        double most = 0;
        int counterpart = -1;
        for (int j = 0; j < stance.length; j++) {
            if (j == a || stance[j] == 0) {
                continue;
            }
            double v = s.interdependence(a, j) * stance[j];
            sum += v;
            if (Math.abs(v) > most) {
                most = Math.abs(v);
                counterpart = j;
            }
        }
        t[Term.RELATIONS.ordinal()] = sum;
        set.setCounterpart(i, counterpart);
    }
}
