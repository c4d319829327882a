package casus.engine.run;

import static casus.engine.model.ModelConstant.GAIN_THRESHOLD_KM2;

import casus.engine.rules.Alliances;
import casus.engine.model.Roles;
import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.World;

/**
 * What a run came to: its flags, the ceasefire's broker (an actor index, or -1 for none) and its
 * metrics.
 */
public record Outcome(long flags, int broker, double[] metrics) {
    /** The name written for "no broker". */
    public static final String NO_BROKER = "none";

    public Outcome {
        metrics = metrics.clone();
    }

    public boolean flag(Flag f) {
        return (flags & (1L << f.ordinal())) != 0;
    }

    public double metric(Metric m) {
        return metrics[m.ordinal()];
    }

    @Override
    public double[] metrics() {
        return metrics.clone();
    }

    /** The broker's id, or {@value #NO_BROKER}. */
    public String brokerId(Setting s) {
        return broker < 0 ? NO_BROKER : s.actorId(broker);
    }

    /** The observed value of an outcome by name, as text ("true", "false", an actor id), or null. */
    public String value(String name, Setting s) {
        if (name.equals("ceasefire_broker")) {
            return brokerId(s);
        }
        Flag f = Flag.byKey(name);
        return f == null ? null : Boolean.toString(flag(f));
    }

    /** Reads the outcome of a finished (or stopped) run from its world. */
    static Outcome of(World w, int fightingDays, double[] attackerStartArea) {
        Setting s = w.setting();
        Roles roles = s.roles();
        long flags = 0;
        int victim = roles.victim();
        boolean requested = false;
        for (var q : w.requests()) {
            requested |= q.requester() == victim;
        }
        flags |= bit(Flag.ASSISTANCE_REQUESTED, requested);
        flags |= bit(Flag.ALLIANCE_INTERVENED, w.allianceIntervened());
        flags |= bit(Flag.ALLIANCE_MISSION, !w.missions().isEmpty());
        flags |= bit(Flag.PATRON_INTERVENED, w.patronIntervened());
        int broker = -1;
        boolean ceasefire = false;
        for (int cIndex = 0; cIndex < w.conflictCount(); cIndex++) {
            Conflict c = w.conflict(cIndex);
            if (c.phase() == Conflict.Phase.CEASEFIRE) {
                ceasefire = true;
                if (broker < 0) {
                    broker = c.broker();
                }
            }
        }
        flags |= bit(Flag.CEASEFIRE, ceasefire);
        flags |= bit(Flag.PEACEKEEPERS_DEPLOYED, w.peacekeepersDeployed());
        boolean suspended = false;
        for (int a = 0; a < s.actorCount() && roles.hasAlliance(); a++) {
            suspended |= w.suspended(roles.alliance(), a);
        }
        flags |= bit(Flag.MEMBER_SUSPENDED, suspended);
        flags |= bit(Flag.REGIME_SURVIVED, !w.regimeFallen(victim));
        boolean gained = false;
        if (roles.hasAttacker()) {
            double now = 0;
            double before = 0;
            for (int r = 0; r < s.regionCount(); r++) {
                now += w.control(r, roles.attacker()) * s.area(r);
                before += attackerStartArea[r];
            }
            gained = now - before > s.k(GAIN_THRESHOLD_KM2);
        }
        flags |= bit(Flag.ATTACKER_GAINED_TERRITORY, gained);
        flags |= bit(Flag.VICTIM_AIDED, w.allianceIntervened() || w.patronIntervened());
        flags |= bit(Flag.ALLIANCE_RESPONDED, w.allianceIntervened() || !w.missions().isEmpty());

        double[] metrics = new double[Metric.COUNT];
        metrics[Metric.DAYS_OF_FIGHTING.ordinal()] = fightingDays;
        metrics[Metric.CASUALTIES.ordinal()] = w.totalCasualties();
        metrics[Metric.TERRITORY_CHANGED_KM2.ordinal()] = w.territoryChanged();
        metrics[Metric.ALLIANCE_CREDIBILITY.ordinal()] = roles.hasAlliance() ? w.credibility(roles.alliance()) : 0;
        metrics[Metric.VICTIM_BELIEF_IN_ALLIES.ordinal()] = beliefInAllies(w, victim);
        return new Outcome(flags, broker, metrics);
    }

    /** An actor's mean belief in the treaties it takes part in. */
    static double beliefInAllies(World w, int actor) {
        Setting s = w.setting();
        double sum = 0;
        int n = 0;
        for (int t = 0; t < s.treatyCount(); t++) {
            if (s.member(t, actor)) {
                sum += w.belief(actor, Alliances.subject(w, t, actor));
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static long bit(Flag f, boolean on) {
        return on ? 1L << f.ordinal() : 0;
    }
}
