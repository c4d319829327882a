package casus.engine.study;

/** Hears a study's results in run order, on the thread that runs the study. */
public interface StudyListener {
    /** A block of runs, in order: every run of the slice appears in exactly one block. */
    default void block(Block block) {
    }

    /**
     * A block of runs with the tally of its point so far, this block included: what a listener
     * that saves where a study got to needs. The tally is the runner's: read it, do not keep it.
     */
    default void block(Block block, Tally point) {
        block(block);
    }

    /** The runs of the slice at a point are all in; the tally is the listener's to keep. */
    void pointDone(int point, Tally tally);

    /**
     * Whether the study should stop, asked before each block is started. Once it says yes, no
     * block is started; those already running are finished and heard, the last point's tally is
     * handed over as it stands, and {@link StudyRunner#run} returns where the runs ended.
     */
    default boolean stopped() {
        return false;
    }
}
