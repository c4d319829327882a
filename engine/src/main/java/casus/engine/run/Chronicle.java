package casus.engine.run;

import casus.engine.event.DayEnded;
import casus.engine.event.Decided;
import casus.engine.event.EventFired;
import casus.engine.event.Narrative;
import casus.engine.event.Origin;
import casus.engine.event.RunEvent;
import casus.engine.model.Setting;
import casus.engine.world.World;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Writes a run as a day-by-day chronicle: each day's events, every decision that changed
 * something with the terms that weighed most, what the rules made of it, and where the fighting
 * stands. The same run gives the same text, byte for byte.
 */
public final class Chronicle implements Recorder {
    /** Deaths below this in a day on which nobody fought are not told. */
    private static final double TOLD_DEATHS = 0.5;
    /** Width of the column of actor ids. */
    private static final int ID_WIDTH = 4;

    private final PrintWriter out;
    private int lastDay = -1;

    public Chronicle(PrintWriter out) {
        this.out = out;
    }

    /** The opening lines: the scenario and the seed. */
    public void header(Setting s, long seed) {
        out.println(s.title() + " (" + s.id() + "), seed " + seed);
        out.println(s.summary());
        out.println();
    }

    private void dayLine(World w) {
        if (lastDay != w.day()) {
            lastDay = w.day();
            out.println("Day " + w.day() + " \u00b7 " + w.setting().startDate().plusDays(w.day()));
        }
    }

    @Override
    public void happened(World w, RunEvent e) {
        if (e instanceof EventFired) {
            dayLine(w);
            out.println("  ! " + Narrative.sentence(w, e));
        } else if (e instanceof Decided d) {
            decision(w, d);
        } else if (e instanceof DayEnded d) {
            if (!d.fronts().isEmpty() || d.killedToday() >= TOLD_DEATHS) {
                dayLine(w);
                out.println("  ~ " + Narrative.sentence(w, e));
            }
            out.flush();
        } else {
            dayLine(w);
            out.println("  = " + Narrative.sentence(w, e));
        }
    }

    private void decision(World w, Decided d) {
        int i = d.chosen();
        if (i < 0 || d.quiet() && d.origin() == Origin.AGENT) {
            return;
        }
        dayLine(w);
        Setting s = w.setting();
        String who = s.actorId(d.actor());
        String mark = switch (d.origin()) {
            case AGENT -> "";
            case PERSON -> " [player]";
            case AGENT_FOR_PERSON -> " [agent for absent player]";
            case HELD -> " [held: no orders]";
        };
        StringBuilder line = new StringBuilder().append("  ").append(who);
        for (int pad = who.length(); pad < ID_WIDTH; pad++) {
            line.append(' ');
        }
        out.println(line.append(' ').append(Narrative.action(w, d.options().get(i).action())).append(mark).append(" \u2014 ")
                .append(Narrative.reasons(s, d, i)));
        int agent = d.agentChoice();
        if (d.origin() == Origin.PERSON && agent != i && agent >= 0) {
            out.println("       (the agent would have: " + Narrative.action(w, d.options().get(agent).action()) + " \u2014 "
                    + Narrative.reasons(s, d, agent) + ")");
        }
    }

    /** The closing lines: every outcome of the run. */
    public void footer(Setting s, Outcome o) {
        out.println();
        out.println("Outcomes");
        for (Flag f : Flag.values()) {
            out.println(String.format(Locale.ROOT, "  %-28s %s", f.key(), o.flag(f) ? "yes" : "no"));
        }
        out.println(String.format(Locale.ROOT, "  %-28s %s", "ceasefire_broker", o.brokerId(s)));
        for (Metric m : Metric.values()) {
            double v = o.metric(m);
            boolean count = m == Metric.DAYS_OF_FIGHTING || m == Metric.CASUALTIES || m == Metric.TERRITORY_CHANGED_KM2;
            String text = count ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.2f", v);
            out.println(String.format(Locale.ROOT, "  %-28s %s", m.key(), text));
        }
        out.flush();
    }
}
