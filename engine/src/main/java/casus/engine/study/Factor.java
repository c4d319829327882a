package casus.engine.study;

import casus.engine.model.Parameter;

/** A parameter a study varies, and how: stepped over a grid or sampled over a range. */
public record Factor(Parameter parameter, How how) {
    /** How a factor's values are chosen. */
    public enum How {
        SWEPT, SAMPLED
    }

    public String path() {
        return parameter.path();
    }

    /**
     * Checks a value the factor may take.
     *
     * @throws StudyException naming the path when the value is out of range or, for a whole-number
     *     parameter, not whole
     */
    static void check(Parameter p, double v, String what) {
        if (p.kind() == Parameter.Kind.ACTOR) {
            throw new StudyException(what + " " + p.path() + ": takes an actor id and cannot be swept or sampled; use --set");
        }
        if (!(v >= p.min() && v <= p.max())) {
            throw new StudyException(what + " " + p.path() + ": " + v + " is out of range " + p.range());
        }
        if (p.kind() == Parameter.Kind.INTEGER && v != Math.rint(v)) {
            throw new StudyException(what + " " + p.path() + ": " + v + " is not a whole number");
        }
    }
}
