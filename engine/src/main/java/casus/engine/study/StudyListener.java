package casus.engine.study;

/** Hears a study's results in run order, on the thread that runs the study. */
public interface StudyListener {
    /** A block of runs, in order: every run of the slice appears in exactly one block. */
    default void block(Block block) {
    }

    /** The runs of the slice at a point are all in; the tally is the listener's to keep. */
    void pointDone(int point, Tally tally);
}
