package casus.bench;

import casus.engine.event.Decided;
import casus.engine.event.Option;
import casus.engine.event.RunEvent;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import casus.engine.run.Recorder;
import casus.engine.run.Simulation;
import casus.engine.world.World;
import java.util.Arrays;

/**
 * The utility arithmetic of one run, recorded: for every option of every decision the run scored
 * (an agent that does not deliberate on a day scores nothing), its actor and its unweighted terms,
 * and the run's drawn weights. Summing weight × term over it
 * is the least any engine must do to score those options: the floor a whole run is measured
 * against.
 */
final class UtilityWork {
    final double[] weights;
    final int[] actorOfOption;
    final double[] terms;

    private UtilityWork(double[] weights, int[] actorOfOption, double[] terms) {
        this.weights = weights;
        this.actorOfOption = actorOfOption;
        this.terms = terms;
    }

    int options() {
        return actorOfOption.length;
    }

    /** Records the run of a setting with a seed. */
    static UtilityWork record(Setting setting, long seed) {
        Listener listener = new Listener();
        Simulation sim = new Simulation(setting, seed, listener);
        sim.runToEnd();
        World w = sim.world();
        double[] weights = new double[w.actorCount() * Term.COUNT];
        for (int a = 0; a < w.actorCount(); a++) {
            for (int k = 0; k < Term.COUNT; k++) {
                weights[a * Term.COUNT + k] = w.minds().weight(a, k);
            }
        }
        return new UtilityWork(weights, Arrays.copyOf(listener.actors, listener.n), Arrays.copyOf(listener.terms, listener.n * Term.COUNT));
    }

    /** Σ weight × term over every option, a utility per option as the engine computes it; returns their sum. */
    double evaluate() {
        double total = 0;
        int n = actorOfOption.length;
        for (int i = 0; i < n; i++) {
            int w = actorOfOption[i] * Term.COUNT;
            int t = i * Term.COUNT;
            double u = 0;
            for (int k = 0; k < Term.COUNT; k++) {
                u += weights[w + k] * terms[t + k];
            }
            total += u;
        }
        return total;
    }

    /** Hears every decision a run scored, as it takes effect. */
    private static final class Listener implements Recorder {
        int[] actors = new int[256];
        double[] terms = new double[256 * Term.COUNT];
        int n;

        @Override
        public void happened(World w, RunEvent e) {
            if (!(e instanceof Decided d) || !d.scored()) {
                return;
            }
            for (Option o : d.options()) {
                if (n == actors.length) {
                    actors = Arrays.copyOf(actors, 2 * n);
                    terms = Arrays.copyOf(terms, 2 * n * Term.COUNT);
                }
                actors[n] = d.actor();
                for (int k = 0; k < Term.COUNT; k++) {
                    terms[n * Term.COUNT + k] = o.term(k);
                }
                n++;
            }
        }
    }
}
