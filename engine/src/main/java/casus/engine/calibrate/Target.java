package casus.engine.calibrate;

import casus.engine.model.Expectation;
import casus.engine.model.Setting;
import java.util.List;

/**
 * One case as a calibration reads it: its setting, with the hand-set library, and the expected
 * outcomes that count, those validation scores (discriminating ones).
 */
public record Target(Setting setting, List<Expectation> expectations) {
    public Target {
        expectations = List.copyOf(expectations);
    }

    public String id() {
        return setting.id();
    }
}
