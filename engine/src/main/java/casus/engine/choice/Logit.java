package casus.engine.choice;

import casus.engine.action.ChoiceSet;
import java.util.random.RandomGenerator;

/**
 * Quantal-response choice: an option is chosen with probability proportional to
 * {@code exp(utility / temperature)}, which is the choice that maximises utility plus Gumbel noise.
 * Exactly one random number is drawn per decision.
 */
public final class Logit {
    private Logit() {
    }

    public static int choose(ChoiceSet set, double temperature, RandomGenerator rng) {
        double u = rng.nextDouble();
        int n = set.size();
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, set.utility(i));
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.exp((set.utility(i) - max) / temperature);
        }
        double target = u * sum;
        double acc = 0;
        for (int i = 0; i < n; i++) {
            acc += Math.exp((set.utility(i) - max) / temperature);
            if (target < acc) {
                return i;
            }
        }
        return n - 1;
    }

    /** The probability the logit gives each option, written into {@code out}. */
    public static void probabilities(ChoiceSet set, double temperature, double[] out) {
        int n = set.size();
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, set.utility(i));
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            out[i] = Math.exp((set.utility(i) - max) / temperature);
            sum += out[i];
        }
        for (int i = 0; i < n; i++) {
            out[i] /= sum;
        }
    }
}
