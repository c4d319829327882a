package casus.engine.run;

import static casus.engine.model.ModelConstant.GAIN_THRESHOLD_KM2;

import casus.engine.rules.Alliances;
import casus.engine.model.Roles;
import casus.engine.model.Setting;
import casus.engine.model.Ask;
import casus.engine.world.Conflict;
import casus.engine.world.Mission;
import casus.engine.world.Motion;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * What a run came to: its flags, the ceasefire's broker (an actor index, {@link #DIRECT} for a
 * ceasefire the parties agreed between themselves, {@link #NONE} for none) and its metrics.
 */
public record Outcome(long flags, int broker, double[] metrics) {
    /** The name written for "no broker". */
    public static final String NO_BROKER = "none";
    /** The name written for a ceasefire the parties agreed between themselves. */
    public static final String DIRECT_BROKER = "direct";
    /** The broker code for no ceasefire. */
    public static final int NONE = -1;
    /** The broker code for a ceasefire agreed between the parties, with no mediator: -2. */
    public static final int DIRECT = NONE - 1;

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

    /** The broker's id, {@value #DIRECT_BROKER}, or {@value #NO_BROKER}. */
    public String brokerId(Setting s) {
        return brokerName(broker, s::actorId);
    }

    /** A broker code's name: an actor's id, {@value #DIRECT_BROKER} or {@value #NO_BROKER}. */
    public static String brokerName(int code, java.util.function.IntFunction<String> actorIds) {
        return code == DIRECT ? DIRECT_BROKER : code < 0 ? NO_BROKER : actorIds.apply(code);
    }

    /** The broker code a name stands for among the actors, or {@link Integer#MIN_VALUE} when it names none. */
    public static int brokerCode(String name, java.util.List<String> actors) {
        if (name.equals(NO_BROKER)) {
            return NONE;
        }
        if (name.equals(DIRECT_BROKER)) {
            return DIRECT;
        }
        int a = actors.indexOf(name);
        return a < 0 ? Integer.MIN_VALUE : a;
    }

    /** How many broker codes there are for a scenario of {@code actors} actors. */
    public static int brokerCodes(int actors) {
        return actors - DIRECT;
    }

    /** A broker code's slot in an array of {@link #brokerCodes} counts: direct, none, then each actor. */
    public static int brokerSlot(int code) {
        return code - DIRECT;
    }

    /** The observed value of an outcome by name, as text ("true", "false", an actor id), or null. */
    public String value(String name, Setting s) {
        if (name.equals("ceasefire_broker")) {
            return brokerId(s);
        }
        Flag f = Flag.byKey(name);
        return f == null ? null : Boolean.toString(flag(f));
    }

    /**
     * Reads the outcome of a finished (or stopped) run from its world. Every flag is read from
     * what the actors did and the rules carried out, relative to the scenario's roles: the victim,
     * the attacker, the alliance under test ({@link Flag} defines each).
     */
    static Outcome of(World w, int fightingDays, double[] attackerStartArea) {
        Setting s = w.setting();
        Roles roles = s.roles();
        int victim = roles.victim();
        int alliance = roles.hasAlliance() ? roles.alliance() : -1;
        boolean requested = false;
        boolean allianceIntervened = false;
        boolean consulted = false;
        for (Request q : w.appeals().requests()) {
            if (q.requester() != victim) {
                continue;
            }
            requested = true;
            if (q.treaty() == alliance && alliance >= 0 && !q.toCouncil() && q.status() == Request.Status.HONOURED
                    && (q.ask() == Ask.MILITARY_AID || q.ask() == Ask.PEACEKEEPERS)) {
                allianceIntervened = true;
            }
            if (q.treaty() == alliance && alliance >= 0 && !q.toCouncil() && !q.open()) {
                consulted |= q.status() != Request.Status.REFUSED;
            }
        }
        for (Motion m : w.appeals().motions()) {
            if (m.treaty() != alliance || w.appeals().request(m.request()).requester() != victim || m.open()) {
                continue;
            }
            boolean passed = m.status() == Motion.Status.PASSED;
            consulted |= m.kind() != Motion.Kind.CONSULTATION || passed;
            allianceIntervened |= passed && (m.kind() == Motion.Kind.DEPLOYMENT || m.kind() == Motion.Kind.GUARD || m.kind() == Motion.Kind.PEACEKEEPING);
        }
        boolean mission = false;
        for (Mission m : w.appeals().missions()) {
            mission |= m.treaty() == alliance && m.host() == victim;
        }
        boolean patron = w.aid().guarded(victim);
        for (Conflict c : w.wars().conflicts()) {
            if (c.sideOfDefence(victim) || w.wars().principalDefender(c) == victim) {
                patron |= (c.interveners() & ~(1L << victim)) != 0;
            }
        }
        long flags = 0;
        flags |= bit(Flag.ASSISTANCE_REQUESTED, requested);
        flags |= bit(Flag.ALLIANCE_CONSULTED, consulted);
        flags |= bit(Flag.ALLIANCE_INTERVENED, allianceIntervened);
        flags |= bit(Flag.ALLIANCE_MISSION, mission);
        flags |= bit(Flag.DEFENSIVE_DEPLOYMENT, w.aid().defended(victim));
        flags |= bit(Flag.PATRON_INTERVENED, patron);
        flags |= bit(Flag.RESERVE_FORMED, w.aid().reserveFormedFor(victim));
        flags |= bit(Flag.ECONOMIC_RESCUE, w.aid().rescued(victim));
        flags |= bit(Flag.DIPLOMATIC_RESCUE, w.aid().backed(victim));
        int broker = NONE;
        boolean ceasefire = false;
        for (Conflict c : w.wars().conflicts()) {
            if (c.phase() == Conflict.Phase.CEASEFIRE) {
                if (!ceasefire) {
                    broker = c.direct() ? DIRECT : c.broker();
                }
                ceasefire = true;
            }
        }
        flags |= bit(Flag.CEASEFIRE, ceasefire);
        flags |= bit(Flag.PEACEKEEPERS_DEPLOYED, w.military().peacekeepersDeployed());
        boolean suspended = false;
        for (int a = 0; a < s.actorCount() && alliance >= 0; a++) {
            suspended |= w.treaties().suspended(alliance, a);
        }
        flags |= bit(Flag.MEMBER_SUSPENDED, suspended);
        flags |= bit(Flag.REGIME_SURVIVED, !w.regimes().fallen(victim));
        flags |= bit(Flag.LEADER_RESIGNED, w.regimes().leaderResigned(victim));
        boolean gained = false;
        if (roles.hasAttacker()) {
            double now = 0;
            double before = 0;
            for (int r = 0; r < s.regionCount(); r++) {
                now += w.territory().control(r, roles.attacker()) * s.area(r);
                before += attackerStartArea[r];
            }
            gained = now - before > s.k(GAIN_THRESHOLD_KM2);
        }
        flags |= bit(Flag.ATTACKER_GAINED_TERRITORY, gained);
        flags |= bit(Flag.VICTIM_FIRED_BACK, w.wars().firedBack(victim));
        flags |= bit(Flag.VICTIM_AIDED, allianceIntervened || patron);
        flags |= bit(Flag.ALLIANCE_RESPONDED, allianceIntervened || mission);

        double[] metrics = new double[Metric.COUNT];
        metrics[Metric.DAYS_OF_FIGHTING.ordinal()] = fightingDays;
        metrics[Metric.CASUALTIES.ordinal()] = w.military().totalCasualties();
        metrics[Metric.TERRITORY_CHANGED_KM2.ordinal()] = w.territory().territoryChanged();
        metrics[Metric.ALLIANCE_CREDIBILITY.ordinal()] = roles.hasAlliance() ? w.treaties().credibility(roles.alliance()) : 0;
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
                sum += w.minds().belief(actor, Alliances.subject(w, t, actor));
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static long bit(Flag f, boolean on) {
        return on ? 1L << f.ordinal() : 0;
    }
}
