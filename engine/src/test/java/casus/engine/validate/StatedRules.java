package casus.engine.validate;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PAT;

import casus.engine.model.Setting;
import casus.engine.run.Flag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rules stated outright, for tests of validation: outcome shares read off a tiny setting's facts
 * ({@link casus.engine.testing.TinySetting}), so that a test knows which change turns which
 * outcome without running the engine's rules.
 *
 * <pre>
 *   alliance_intervened        1 − PAT's forces committed elsewhere (0.9; the catalogue turns it with 0.9)
 *   attacker_gained_territory  1 when ATK has more than 50,000 troops, else 0 (troops are not in the catalogue)
 *   ceasefire                  NEU's readiness (0.6), always brokered by NEU
 *   regime_survived            always
 *   every other flag           never
 * </pre>
 *
 * It keeps the number of runs of every batch it was asked for.
 */
final class StatedRules implements Runner {
    final List<Integer> batches = new ArrayList<>();

    @Override
    public Frequencies run(Setting s, int runs) {
        batches.add(runs);
        double[] flags = new double[Flag.COUNT];
        flags[Flag.ALLIANCE_INTERVENED.ordinal()] = 1 - s.committed(PAT);
        flags[Flag.ATTACKER_GAINED_TERRITORY.ordinal()] = s.troops(ATK) > 50_000 ? 1 : 0;
        double ceasefire = s.readiness(NEU);
        flags[Flag.CEASEFIRE.ordinal()] = ceasefire;
        flags[Flag.REGIME_SURVIVED.ordinal()] = 1;
        return new Frequencies(flags, Map.of("NEU", ceasefire, "none", 1 - ceasefire));
    }
}
