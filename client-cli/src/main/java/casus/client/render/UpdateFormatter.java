package casus.client.render;

import casus.v1.DecisionRecord;
import casus.v1.EventRecord;
import casus.v1.Indicator;
import casus.v1.MessageDelivered;
import casus.v1.OutcomeFlag;
import casus.v1.OutcomeMetric;
import casus.v1.SessionEnded;
import casus.v1.SessionNotice;
import casus.v1.ShadowDecision;
import casus.v1.TickUpdate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the server pushes, as lines for a person: a day's update (briefly while playing; with
 * every reason while watching or reading the log), notices, messages and the end.
 */
public final class UpdateFormatter {
    private static final String INDENT = "    ";

    private final Palette p;
    private final int width;

    public UpdateFormatter(Palette p, int width) {
        this.p = p;
        this.width = width;
    }

    /**
     * A day's update.
     *
     * @param mine the state this client plays, shown in bold, or ""
     * @param full with every decision's reasons, the indicators that moved, the agent's choices beside people's
     */
    public List<String> tick(TickUpdate u, String mine, boolean full) {
        List<String> out = new ArrayList<>();
        String head = "-- day " + u.getDay() + (u.getDate().isEmpty() ? "" : " · " + u.getDate()) + (u.getLast() ? " · the last day" : "") + " ";
        out.add(p.bold(head + "-".repeat(Math.max(3, Math.min(60, width) - head.length()))));
        for (EventRecord e : u.getEventsList()) {
            if (e.getDay() == u.getDay()) {
                out.add(line(p.yellow("event "), (e.getInjected() ? "(injected) " : "") + e.getText()));
            }
        }
        int quiet = 0;
        int ownQuiet = 0;
        for (DecisionRecord d : u.getDecisionsList()) {
            boolean own = d.getState().equals(mine);
            boolean person = d.getOrigin() != casus.v1.Origin.AGENT;
            if (d.getQuiet() && !full) {
                if (own) {
                    ownQuiet++;
                } else {
                    quiet++;
                }
                continue;
            }
            if (d.getQuiet() && !person) {
                quiet++;
                continue;
            }
            String who = pad(d.getState(), 6);
            out.add(line(own ? p.bold(who) : p.cyan(who), d.getText() + origin(d)));
            if (full && !d.getReasons().isEmpty()) {
                out.add(INDENT + "      " + p.dim(Wrap.indented("why: " + d.getReasons(), width, INDENT + "      ")));
            }
        }
        if (ownQuiet > 0) {
            out.add(line(p.bold(pad(mine, 6)), "holds or passes on " + ownQuiet + (ownQuiet == 1 ? " decision" : " decisions")
                    + p.dim(" ('log' tells which)")));
        }
        if (quiet > 0) {
            out.add(INDENT + p.dim("+ " + quiet + " quiet " + (quiet == 1 ? "decision" : "decisions") + " (hold, pass)"));
        }
        if (full) {
            for (ShadowDecision s : u.getShadowList()) {
                if (!s.getAgrees()) {
                    out.add(line(p.magenta("agent "), s.getState() + " would have chosen " + s.getOption() + ": " + s.getText()
                            + (s.getReasons().isEmpty() ? "" : " (" + s.getReasons() + ")")));
                }
            }
        }
        for (String n : u.getNotesList()) {
            out.add(line(p.dim("note  "), n));
        }
        for (MessageDelivered m : u.getMessagesList()) {
            if (m.getToCount() == 0) {
                out.add(line(p.cyan("said  "), from(m) + ": " + m.getText()));
            }
        }
        if (full) {
            String moved = moved(u);
            if (!moved.isEmpty()) {
                out.add(line(p.dim("now   "), moved));
            }
        }
        for (EventRecord e : u.getEventsList()) {
            if (e.getDay() != u.getDay()) {
                out.add(line(p.yellow("next  "), "day " + e.getDay() + ": " + e.getText()));
            }
        }
        return out;
    }

    public List<String> notice(SessionNotice n) {
        return List.of(line(p.dim("notice"), n.getText()));
    }

    /** A message delivered to this client. */
    public List<String> message(MessageDelivered m) {
        String to = m.getToCount() == 0 ? "everyone" : String.join(", ", m.getToList());
        return List.of(line(p.cyan("msg   "), from(m) + " to " + to + ": " + m.getText()));
    }

    public List<String> ended(SessionEnded e) {
        List<String> out = new ArrayList<>();
        out.add(p.bold("== the session has ended after day " + e.getDay() + ": " + e.getReason()));
        List<String> flags = new ArrayList<>();
        for (OutcomeFlag f : e.getOutcome().getFlagsList()) {
            if (f.getValue()) {
                flags.add(f.getKey().replace('_', ' '));
            }
        }
        if (!flags.isEmpty()) {
            out.add(line("      ", "what happened: " + String.join(", ", flags)));
        }
        if (!e.getOutcome().getCeasefireBroker().isEmpty() && !e.getOutcome().getCeasefireBroker().equals("none")) {
            out.add(line("      ", "ceasefire brokered by " + e.getOutcome().getCeasefireBroker()));
        }
        List<String> metrics = new ArrayList<>();
        for (OutcomeMetric m : e.getOutcome().getMetricsList()) {
            metrics.add(m.getKey().replace('_', ' ').replace("km2", "km²") + " " + Format.amount(m.getValue()));
        }
        if (!metrics.isEmpty()) {
            out.add(line("      ", String.join(" · ", metrics)));
        }
        return out;
    }

    private String line(String tag, String text) {
        return INDENT + tag + " " + Wrap.indented(text, width, INDENT + "       ");
    }

    private static String origin(DecisionRecord d) {
        return switch (d.getOrigin()) {
            case PERSON -> " [player]";
            case AGENT_FOR_PERSON -> " [agent, standing in]";
            case HELD -> " [no orders]";
            default -> "";
        };
    }

    static String from(MessageDelivered m) {
        return m.getFromState().isEmpty() ? "the facilitator (" + m.getFromName() + ")" : m.getFromState() + " (" + m.getFromName() + ")";
    }

    /** The headline numbers of an update: fighting, losses, ground, credibility. */
    private static String moved(TickUpdate u) {
        List<String> parts = new ArrayList<>();
        for (Indicator i : u.getChangedList()) {
            String k = i.getKey();
            if (k.equals("casualties")) {
                parts.add("casualties " + Format.whole(i.getValue()));
            } else if (k.equals("territory_changed_km2")) {
                parts.add("ground changed hands " + Format.whole(i.getValue()) + " km²");
            } else if (k.startsWith("conflicts.") && (k.endsWith(".intensity") || k.endsWith(".severity"))) {
                String[] s = k.split("\\.");
                parts.add(s[1] + " " + s[2] + " " + Format.num(i.getValue()));
            } else if (k.startsWith("treaties.") && k.endsWith(".credibility")) {
                parts.add(k.split("\\.")[1] + " credibility " + Format.num(i.getValue()));
            }
        }
        return String.join(" · ", parts);
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }
}
