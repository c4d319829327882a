package casus.cli;

import casus.studies.Manifest;
import casus.studies.StudyOutput;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where each shard of a submitted study stands, and its merge, from the shards' folders and from
 * what Slurm says of their jobs (nothing, when Slurm cannot be asked here).
 */
record ShardStates(List<Shard> shards, Merge merge, boolean asked) {
    /** What becomes of a shard that cannot be resumed. */
    private static final String AGAIN = "to be run again from the start";

    /** A shard's standing. */
    enum Kind {
        /** Every run in and every file written. */
        DONE,
        /** Its task is running. */
        RUNNING,
        /** Its task is waiting in the queue. */
        PENDING,
        /** Its task ended without finishing it: stopped, killed, out of time, or failed. */
        FAILED,
        /** Never started: no folder, and no task that Slurm knows of. */
        MISSING,
        /** Not finished and Slurm cannot be asked whether its task runs. */
        UNKNOWN;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One shard: its task's job id and state (either may be null), the runs done of those planned, and why it stands so. */
    record Shard(int k, Kind kind, String job, String jobState, long done, long planned, String note) {
    }

    /** The merge: its job and state, and whether {@code merged} holds a finished merge. */
    record Merge(String job, String jobState, boolean done) {
    }

    static ShardStates of(Submission s, Map<String, String> states) {
        List<Shard> shards = new ArrayList<>();
        for (int k = 1; k <= s.shards(); k++) {
            String job = s.taskJob(k);
            String state = states == null || job == null ? null : states.get(job);
            shards.add(shard(k, job, state, StudyOutput.standing(s.shard(k)), states != null, Files.exists(s.shard(k)), s.resumes()));
        }
        String merge = s.mergeJob();
        boolean merged = Files.isRegularFile(s.merged().resolve(Manifest.FILE)) && Manifest.read(s.merged()).state() == Manifest.State.FINISHED;
        return new ShardStates(shards, new Merge(merge, states == null || merge == null ? null : states.get(merge), merged), states != null);
    }

    /**
     * A shard's standing from its task's state and its folder's.
     *
     * @param resumes whether a shard that did not finish carries on where it stopped (a batch study's) rather than starting again
     */
    static Shard shard(int k, String job, String state, StudyOutput.Standing standing, boolean asked, boolean exists, boolean resumes) {
        long done = standing == null ? 0 : standing.done();
        long planned = standing == null ? -1 : standing.planned();
        if (Slurm.waiting(state)) {
            return new Shard(k, Kind.PENDING, job, state, done, planned, "");
        }
        if (Slurm.running(state)) {
            return new Shard(k, Kind.RUNNING, job, state, done, planned, "");
        }
        if (standing != null && standing.state() == Manifest.State.FINISHED) {
            return new Shard(k, Kind.DONE, job, state, done, planned, "");
        }
        String ended = state == null ? "" : "its task ended " + state + "; ";
        if (standing != null && standing.state() == Manifest.State.INTERRUPTED) {
            return new Shard(k, Kind.FAILED, job, state, done, planned, ended + "stopped by a signal, " + (resumes ? "resumable" : AGAIN));
        }
        if (standing != null) {
            return asked ? new Shard(k, Kind.FAILED, job, state, done, planned, ended + "killed; " + (resumes ? "resumable from its last checkpoint"
                    : AGAIN))
                    : new Shard(k, Kind.UNKNOWN, job, state, done, planned, "running, or killed");
        }
        if (state != null) {
            return new Shard(k, Kind.FAILED, job, state, done, planned, "its task ended " + state + (exists ? " before it began" : " with no output"));
        }
        return new Shard(k, asked ? Kind.MISSING : Kind.UNKNOWN, job, null, done, planned, job == null ? "never submitted" : "");
    }

    /** The shards that need running again: failed or missing. */
    List<Integer> toRun() {
        return shards.stream().filter(x -> x.kind() == Kind.FAILED || x.kind() == Kind.MISSING).map(Shard::k).toList();
    }

    /** The shards still in the queue. */
    List<Shard> queued() {
        return shards.stream().filter(x -> x.kind() == Kind.RUNNING || x.kind() == Kind.PENDING).toList();
    }

    long count(Kind kind) {
        return shards.stream().filter(x -> x.kind() == kind).count();
    }
}
