package casus.client.render;

import casus.v1.AbsentPolicy;
import casus.v1.Control;
import casus.v1.SessionMode;
import casus.v1.SessionPhase;
import casus.v1.SessionSettings;
import java.util.Locale;

/** Numbers and names as the client shows them, the same in every locale. */
public final class Format {
    private Format() {
    }

    /** A person's seat, when they are not at it: disconnected (within the grace period), away, or handed to them. */
    public static String seat(Control c) {
        if (c.getHanded()) {
            return " (kept for them: handed by the facilitator; " + (c.getAbsent() == AbsentPolicy.AGENT_STANDS_IN
                    ? "the agent plays meanwhile)" : "the day waits)");
        }
        if (c.getAway()) {
            return c.getAbsent() == AbsentPolicy.AGENT_STANDS_IN ? " (away: the agent plays)" : " (away: the day waits)";
        }
        return c.getConnected() ? "" : " (disconnected)";
    }

    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "?";
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    public static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    public static String whole(double v) {
        return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    /** A count or a measure: whole from 10 up (casualties, km²), else to two decimals (shares, beliefs, credibility). */
    public static String amount(double v) {
        return Double.isNaN(v) ? "?" : Math.abs(v) >= 10 || v == Math.rint(v) ? whole(v) : num(v);
    }

    /** "1 day", "4 days". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public static String percent(double share) {
        return Double.isNaN(share) ? "?" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    public static String phase(SessionPhase p) {
        return switch (p) {
            case WAITING -> "waiting to start";
            case RUNNING -> "running";
            case PAUSED -> "paused";
            case ENDED -> "ended";
            default -> "?";
        };
    }

    public static String mode(SessionSettings s) {
        if (s.getMode() == SessionMode.REAL_TIME) {
            return "real time, a day every " + millis(s.getTickMillis());
        }
        return "turn by turn" + (s.getDeadlineMillis() > 0 ? ", orders due within " + millis(s.getDeadlineMillis()) : "");
    }

    public static String millis(long ms) {
        if (ms >= 1000 && ms % 1000 == 0) {
            return ms / 1000 + " s";
        }
        return ms >= 1000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000.0) : ms + " ms";
    }

    public static String role(casus.v1.Role r) {
        return r.name().toLowerCase(Locale.ROOT);
    }
}
