package casus.server.session;

import casus.v1.SessionMode;

/**
 * When a session's next tick is due. In real time, ticks fall on a fixed schedule from the
 * start ({@code start + k * period}), so they do not drift; a session that falls behind catches
 * up a few ticks back to back, then drops the rest. Turn by turn, the due time is the deadline
 * for the players' orders, if there is one.
 */
final class Pace {
    static final long NEVER = Long.MAX_VALUE;

    private final SessionMode mode;
    private long periodNanos;
    private long deadlineNanos;
    private long due = NEVER;

    Pace(SessionMode mode, int tickMillis, int deadlineMillis) {
        this.mode = mode;
        this.periodNanos = tickMillis * 1_000_000L;
        this.deadlineNanos = deadlineMillis * 1_000_000L;
    }

    SessionMode mode() {
        return mode;
    }

    boolean realTime() {
        return mode == SessionMode.REAL_TIME;
    }

    long periodNanos() {
        return periodNanos;
    }

    /** The session starts or resumes now. */
    void start(long now) {
        due = realTime() ? now + periodNanos : deadlineNanos > 0 ? now + deadlineNanos : NEVER;
    }

    void stop() {
        due = NEVER;
    }

    long due() {
        return due;
    }

    /** Changes the period or the deadline; a running schedule restarts from now. */
    void change(int tickMillis, int deadlineMillis, long now, boolean running) {
        if (tickMillis > 0) {
            periodNanos = tickMillis * 1_000_000L;
        }
        deadlineNanos = deadlineMillis * 1_000_000L;
        if (running) {
            start(now);
        }
    }

    /**
     * When the tick after one running now will be due, as {@link #ticked} or {@link #start} will
     * set it: for telling the members before it is set.
     */
    long dueAfter(long now, boolean running, boolean stepped) {
        if (!running) {
            return NEVER;
        }
        if (realTime()) {
            return stepped || due == NEVER ? now + periodNanos : due + periodNanos;
        }
        return deadlineNanos > 0 ? now + deadlineNanos : NEVER;
    }

    /** The tick that was due ran; {@code now} is when it finished. */
    void ticked(long now) {
        if (realTime()) {
            due += periodNanos;
        } else {
            due = deadlineNanos > 0 ? now + deadlineNanos : NEVER;
        }
    }

    /**
     * In real time, drops the ticks that fell more than {@code keep} periods behind and returns how
     * many were dropped.
     */
    long dropBehind(long now, int keep) {
        if (!realTime() || due == NEVER) {
            return 0;
        }
        long behind = (now - due) / periodNanos;
        if (behind <= keep) {
            return 0;
        }
        long drop = behind - keep;
        due += drop * periodNanos;
        return drop;
    }
}
