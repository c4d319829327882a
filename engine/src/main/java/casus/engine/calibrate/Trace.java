package casus.engine.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Every evaluation of a calibration, numbered in the order made, each told to a listener as it is made. */
final class Trace {
    private final List<Evaluation> evaluations = new ArrayList<>();
    private final Consumer<Evaluation> listener;

    Trace(Consumer<Evaluation> listener) {
        this.listener = listener;
    }

    Evaluation evaluate(Objective objective, String phase, double[] values) {
        Evaluation e = objective.evaluate(evaluations.size(), phase, values);
        evaluations.add(e);
        listener.accept(e);
        return e;
    }

    List<Evaluation> all() {
        return List.copyOf(evaluations);
    }

    /** The evaluations of one phase, in order. */
    List<Evaluation> of(String phase) {
        return evaluations.stream().filter(e -> e.phase().equals(phase)).toList();
    }

    /** The evaluation of a phase with the least objective, the first of equals. */
    static Evaluation best(List<Evaluation> evaluations) {
        Evaluation best = null;
        for (Evaluation e : evaluations) {
            if (best == null || e.objective() < best.objective()) {
                best = e;
            }
        }
        return best;
    }
}
