package casus.engine.run;

import casus.engine.action.ChoiceSet;
import casus.engine.model.EventDef;
import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.World;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Writes a run as a day-by-day chronicle: each day's events, every decision that changed
 * something with the terms that weighed most, what the rules made of it, and where the fighting
 * stands. The same run gives the same text, byte for byte.
 */
public final class Chronicle implements Recorder {
    private final PrintWriter out;
    private int lastDay = -1;
    private double deathsAtDayStart;

    public Chronicle(PrintWriter out) {
        this.out = out;
    }

    /** The opening lines: the scenario and the seed. */
    public void header(Setting s, long seed) {
        out.println(s.title() + " (" + s.id() + "), seed " + seed);
        out.println(s.summary());
        out.println();
    }

    @Override
    public void dayBegins(World w) {
        deathsAtDayStart = w.totalCasualties();
    }

    private void dayLine(World w) {
        if (lastDay != w.day()) {
            lastDay = w.day();
            out.println("Day " + w.day() + " \u00b7 " + w.setting().startDate().plusDays(w.day()));
        }
    }

    @Override
    public void event(World w, EventDef e, String text) {
        dayLine(w);
        out.println("  ! " + text);
    }

    @Override
    public void decision(World w, ChoiceSet set, Origin origin) {
        int i = set.chosen();
        if (i < 0 || set.actionKind(i).quiet() && origin == Origin.AGENT) {
            return;
        }
        dayLine(w);
        String who = w.setting().actorId(set.actor());
        String mark = switch (origin) {
            case AGENT -> "";
            case PERSON -> " [player]";
            case AGENT_FOR_PERSON -> " [agent for absent player]";
            case HELD -> " [held: no orders]";
        };
        StringBuilder line = new StringBuilder(120).append("  ").append(who);
        for (int pad = who.length(); pad < 4; pad++) {
            line.append(' ');
        }
        out.println(line.append(' ').append(Narrative.action(w, set, i)).append(mark).append(" \u2014 ").append(Narrative.reasons(w, set, i)));
        if (origin == Origin.PERSON && set.agentChoice() != i && set.agentChoice() >= 0) {
            out.println("       (the agent would have: " + Narrative.action(w, set, set.agentChoice()) + " \u2014 "
                    + Narrative.reasons(w, set, set.agentChoice()) + ")");
        }
    }

    @Override
    public void note(World w, String text) {
        dayLine(w);
        out.println("  = " + text);
    }

    @Override
    public void dayEnds(World w) {
        double deaths = w.totalCasualties() - deathsAtDayStart;
        StringBuilder b = new StringBuilder();
        for (int cIndex = 0; cIndex < w.conflictCount(); cIndex++) {
            Conflict c = w.conflict(cIndex);
            if (c.lastFightingDay() != w.day()) {
                continue;
            }
            for (int k = 0; k < c.regionCount(); k++) {
                int r = c.region(k);
                b.append(b.length() == 0 ? "" : "; ").append(w.setting().regionName(r)).append(' ')
                        .append(w.setting().actorId(c.attacker())).append(' ')
                        .append(Math.round(100 * w.control(r, c.attacker()))).append('%');
            }
        }
        if (b.length() > 0 || deaths >= 0.5) {
            dayLine(w);
            out.println("  ~ " + b + (b.length() == 0 ? "" : " \u00b7 ") + "killed today " + Math.round(deaths) + ", in all "
                    + Math.round(w.totalCasualties()));
        }
        out.flush();
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
