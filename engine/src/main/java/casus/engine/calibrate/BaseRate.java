package casus.engine.calibrate;

import casus.engine.model.Expectation;
import casus.engine.run.Flag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The forecast a model that knows only how often things happen would make, fitted on training
 * cases alone: an outcome's observed value gets the share that value has among the training
 * cases' scored expectations of the same outcome (one half when none has it), as validation's
 * climatology does. A collective deployment, an alliance honouring a call for force, gets the rate
 * at which defence pacts were honoured when called on in war from 1816 to 2003 instead:
 * {@value #DEFENCE_PACTS_HONOURED} (Berkemeier and Fuhrmann, "Reassessing the fulfillment of
 * alliance commitments in war", Research and Politics, 2018).
 */
public final class BaseRate {
    /** The share of defence-pact commitments honoured in war, 1816–2003 (Berkemeier and Fuhrmann 2018). */
    public static final double DEFENCE_PACTS_HONOURED = 0.41;

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    private BaseRate(List<Target> training) {
        for (Target t : training) {
            for (Expectation e : t.expectations()) {
                counts.computeIfAbsent(e.outcome(), o -> new HashMap<>()).merge(e.observed(), 1, Integer::sum);
            }
        }
    }

    public static BaseRate of(List<Target> training) {
        return new BaseRate(training);
    }

    /** The base rate's probability of an expectation's observed value. */
    public double forecast(Expectation e) {
        if (e.outcome().equals(Flag.ALLIANCE_INTERVENED.key())) {
            return Boolean.parseBoolean(e.observed()) ? DEFENCE_PACTS_HONOURED : 1 - DEFENCE_PACTS_HONOURED;
        }
        Map<String, Integer> byValue = counts.get(e.outcome());
        if (byValue == null) {
            return 0.5;
        }
        int total = byValue.values().stream().mapToInt(Integer::intValue).sum();
        return (double) byValue.getOrDefault(e.observed(), 0) / total;
    }
}
