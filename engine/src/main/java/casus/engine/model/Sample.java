package casus.engine.model;

/** Where a case stands in validation. */
public enum Sample {
    /** Used while the model was built. */
    IN_SAMPLE,
    /** Its facts and expected outcomes were committed before the model was run on it. */
    OUT_OF_SAMPLE
}
