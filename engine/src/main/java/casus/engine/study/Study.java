package casus.engine.study;

import casus.engine.batch.Seeds;
import casus.engine.model.Parameter;
import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A Monte Carlo study: a scenario (with any facts already set), the parameter points of a
 * {@link Design}, and {@code runs} seeded runs at each point. Run {@code i} of every point uses
 * the seed {@link Seeds#of}(seed, i), so points are compared on common random numbers and a run
 * is repeated alone from its seed and its point's values.
 */
public final class Study {
    private final Setting setting;
    private final Design design;
    private final int runs;
    private final long seed;
    private final SimulationFactory factory;
    private final List<Parameter> drawn;
    private int trajectories;

    public Study(Setting setting, Design design, int runs, long seed, SimulationFactory factory) {
        if (runs < 1) {
            throw new StudyException("--runs must be at least 1, got " + runs);
        }
        this.setting = setting;
        this.design = design;
        this.runs = runs;
        this.seed = seed;
        this.factory = factory;
        List<Parameter> left = new ArrayList<>();
        for (Parameter p : setting.variationParameters()) {
            if (design.factors().stream().noneMatch(f -> f.path().equals(p.path()))) {
                left.add(p);
            }
        }
        this.drawn = List.copyOf(left);
    }

    public Study(Setting setting, Design design, int runs, long seed) {
        this(setting, design, runs, seed, SimulationFactory.FRESH);
    }

    public Setting setting() {
        return setting;
    }

    /**
     * The same study recording the daily indicators ({@link casus.engine.run.Daily}) of the first
     * {@code runs} runs at every point (all of them when it is at least {@link #runs()}).
     */
    public Study withTrajectories(int runs) {
        if (runs < 0) {
            throw new StudyException("--trajectories must be 'all' or at least 1, got " + runs);
        }
        Study s = new Study(setting, design, this.runs, seed, factory);
        s.trajectories = Math.min(runs, this.runs);
        return s;
    }

    /** How many runs at each point record their daily indicators. */
    public int trajectories() {
        return trajectories;
    }

    public Design design() {
        return design;
    }

    /** Runs at each point. */
    public int runs() {
        return runs;
    }

    public long seed() {
        return seed;
    }

    public SimulationFactory factory() {
        return factory;
    }

    public long totalRuns() {
        return (long) design.size() * runs;
    }

    /** The seed of run {@code run} (counted within its point) at any point. */
    public long seedOf(long run) {
        return Seeds.of(seed, run);
    }

    /** The facts each run draws afresh from the scenario's ranges: those no factor fixes. */
    public List<Parameter> drawn() {
        return drawn;
    }

    /** The scenario at a point: the factors set to the point's values, no longer drawn. */
    public Setting settingAt(int point) {
        if (design.factors().isEmpty()) {
            return setting;
        }
        SettingBuilder b = setting.toBuilder();
        for (int j = 0; j < design.factors().size(); j++) {
            Parameter p = design.factors().get(j).parameter();
            p.set(b, design.value(point, j));
            b.variations.removeIf(v -> v.path().equals(p.path()));
        }
        return b.build();
    }
}
