package casus.client.render;

import casus.v1.Happening;
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
    /** Deaths below this on a day without fighting are not told, as the chronicle leaves them out. */
    private static final double HALF_A_DEATH = 0.5;

    private final Palette p;
    private final int width;

    public UpdateFormatter(Palette p, int width) {
        this.p = p;
        this.width = width;
    }

    /**
     * A day's update: what happened, in order, each kind shown its own way and told in the
     * engine's words; then the public statements, the numbers that moved and the next day's
     * events. Kinds this client does not know are shown by their text.
     *
     * @param mine the state this client plays, shown in bold, or ""
     * @param full with every decision's reasons, the agent's choices beside people's, each member's vote, the numbers that moved
     */
    public List<String> tick(TickUpdate u, String mine, boolean full) {
        List<String> out = new ArrayList<>();
        String head = "-- day " + u.getDay() + (u.getDate().isEmpty() ? "" : " · " + u.getDate()) + (u.getLast() ? " · the last day" : "") + " ";
        out.add(p.bold(head + "-".repeat(Math.max(3, Math.min(60, width) - head.length()))));
        List<Happening> day = new ArrayList<>();
        List<Happening> next = new ArrayList<>();
        for (Happening h : u.getHappeningsList()) {
            (h.getDay() > u.getDay() ? next : day).add(h);
        }
        int lastDecision = -1;
        for (int i = 0; i < day.size(); i++) {
            if (day.get(i).getKind() == Happening.Kind.DECISION) {
                lastDecision = i;
            }
        }
        Quiet quiet = new Quiet(mine);
        for (int i = 0; i < day.size(); i++) {
            happening(day.get(i), u, mine, full, quiet, out);
            if (i == lastDecision) {
                quiet.tell(out);
            }
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
        for (Happening h : next) {
            out.add(line(p.yellow("next  "), "day " + h.getDay() + ": " + h.getText()));
        }
        return out;
    }

    /** One happening, shown as its kind calls for; a kind this client does not know, by its text. */
    private void happening(Happening h, TickUpdate u, String mine, boolean full, Quiet quiet, List<String> out) {
        switch (h.getKind()) {
            case EVENT_FIRED -> out.add(line(p.yellow("event "), (h.getInjected() ? "(injected) " : "") + h.getText()));
            case DECISION -> decision(h, u, mine, full, quiet, out);
            case MOTION_SETTLED -> vote(h, mine, full, out);
            case CEASEFIRE_IN_FORCE -> out.add(line(p.green("truce "), h.getText()));
            case CEASEFIRE_BROKEN -> out.add(line(p.red("truce "), h.getText()));
            case REGIME_FELL -> out.add(line(p.red("fell  "), h.getText()));
            case FACT_CHANGED -> out.add(line(p.magenta("facts "), h.getText()));
            case DAY_ENDED -> dayEnded(h, out);
            default -> out.add(line(p.dim("note  "), h.getText()));
        }
    }

    private void decision(Happening d, TickUpdate u, String mine, boolean full, Quiet quiet, List<String> out) {
        boolean own = d.getActor().equals(mine);
        boolean person = d.getOrigin() != casus.v1.Origin.AGENT;
        if (d.getQuiet() && (!full || !person)) {
            if (own && !full) {
                quiet.own++;
            } else {
                quiet.others++;
            }
            return;
        }
        String who = pad(d.getActor(), 6);
        out.add(line(own ? p.bold(who) : p.cyan(who), d.getText() + origin(d)));
        if (!full) {
            return;
        }
        if (!d.getReasons().isEmpty()) {
            out.add(INDENT + "      " + p.dim(Wrap.indented("why: " + d.getReasons(), width, INDENT + "      ")));
        }
        for (ShadowDecision s : u.getShadowList()) {
            if (!s.getAgrees() && s.getState().equals(d.getActor()) && s.getDecision().equals(d.getDecision())) {
                out.add(line(p.magenta("agent "), s.getState() + " would have chosen " + s.getOption() + ": " + s.getText()
                        + (s.getReasons().isEmpty() ? "" : " (" + s.getReasons() + ")")));
            }
        }
    }

    /** A council's vote: passed or failed at a glance, and in full each member's ballot. */
    private void vote(Happening h, String mine, boolean full, List<String> out) {
        out.add(line(h.getPassed() ? p.green("vote  ") : p.red("vote  "), h.getText()));
        if (!full || h.getVotesCount() == 0) {
            return;
        }
        List<String> ballots = new ArrayList<>();
        for (Happening.Vote v : h.getVotesList()) {
            String b = v.getMember() + " " + ballot(v.getBallot());
            ballots.add(v.getMember().equals(mine) ? p.bold(b) : b);
        }
        out.add(line("      ", String.join(" · ", ballots)));
    }

    private static String ballot(Happening.Vote.Ballot b) {
        return switch (b) {
            case YES -> "yes";
            case NO -> "no";
            case ABSTAIN -> "abstains";
            default -> "?";
        };
    }

    /** Where the fighting stood at the day's end, from the numbers: each front, then the dead. Nothing on a quiet day. */
    private void dayEnded(Happening h, List<String> out) {
        if (h.getFrontsCount() == 0 && h.getKilledToday() < HALF_A_DEATH) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (Happening.Front f : h.getFrontsList()) {
            parts.add(f.getRegion() + " " + f.getAttacker() + " " + Format.percent(f.getAttackerShare()));
        }
        parts.add("killed " + Format.whole(h.getKilledToday()) + " today, " + Format.whole(h.getKilledInAll()) + " in all");
        out.add(line(p.dim("front "), String.join(" · ", parts)));
    }

    /** Quiet decisions (hold, pass), counted rather than shown: the player's own, and everyone else's. */
    private final class Quiet {
        private final String mine;
        int own;
        int others;

        Quiet(String mine) {
            this.mine = mine;
        }

        void tell(List<String> out) {
            if (own > 0) {
                out.add(line(p.bold(pad(mine, 6)), "holds or passes on " + own + (own == 1 ? " decision" : " decisions")
                        + p.dim(" ('log' tells which)")));
            }
            if (others > 0) {
                out.add(INDENT + p.dim("+ " + others + " quiet " + (others == 1 ? "decision" : "decisions") + " (hold, pass)"));
            }
        }
    }

    public List<String> notice(SessionNotice n) {
        return List.of(line(p.dim("notice"), n.getText()));
    }

    /** A channel created, changed or closed. */
    public List<String> channel(casus.v1.ChannelNotice n) {
        return List.of(line(p.cyan("chan  "), n.getText()));
    }

    /** A message delivered to this client. */
    public List<String> message(MessageDelivered m) {
        String to = !m.getChannel().isEmpty() ? "#" + m.getChannel() : m.getToCount() == 0 ? "everyone" : String.join(", ", m.getToList());
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

    private static String origin(Happening d) {
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
