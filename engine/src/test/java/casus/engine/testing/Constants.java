package casus.engine.testing;

import casus.engine.model.ModelConstant;
import casus.engine.scenario.Scenarios;

/** The bundled model constants, for tests that check a rule against the number it uses. */
public final class Constants {
    private static final double[] VALUES = Scenarios.bundledModel().values();

    private Constants() {
    }

    public static double k(ModelConstant c) {
        return VALUES[c.ordinal()];
    }

    public static int whole(ModelConstant c) {
        return (int) VALUES[c.ordinal()];
    }
}
