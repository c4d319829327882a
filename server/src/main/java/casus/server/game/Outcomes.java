package casus.server.game;

import casus.engine.model.Setting;
import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.run.Outcome;
import casus.v1.OutcomeFlag;
import casus.v1.OutcomeMetric;
import casus.v1.OutcomeSummary;

/** An engine outcome as the protocol tells it. */
final class Outcomes {
    private Outcomes() {
    }

    static OutcomeSummary summary(Setting s, Outcome o) {
        OutcomeSummary.Builder b = OutcomeSummary.newBuilder().setCeasefireBroker(o.brokerId(s));
        for (Flag f : Flag.values()) {
            b.addFlags(OutcomeFlag.newBuilder().setKey(f.key()).setValue(o.flag(f)));
        }
        for (Metric m : Metric.values()) {
            b.addMetrics(OutcomeMetric.newBuilder().setKey(m.key()).setValue(o.metric(m)));
        }
        return b.build();
    }
}
