package casus.engine.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutable form of a {@link Setting}: the scenario compiler fills it, parameter overrides and
 * Monte Carlo draws change it, and {@link #build()} freezes a copy. Arrays are indexed by actor,
 * region and treaty index; a belief's subject index runs over actors, then treaties.
 */
public final class SettingBuilder {
    public String id = "";
    public String title = "";
    public String summary = "";
    public String origin = "";
    public LocalDate startDate = LocalDate.of(2000, 1, 1);
    public int days = 1;
    public Roles roles = new Roles(0, Roles.NONE, 0);

    /** The model's constants as the library's model file states them. */
    public ModelConstants model;
    /** The values the run uses, indexed by {@link ModelConstant#ordinal()}. */
    public final double[] constants = new double[ModelConstant.COUNT];

    public final String[] actorIds;
    public final String[] actorNames;
    public final double[] power;
    public final long[] troops;
    public final double[] readiness;
    public final double[] committed;
    public final double[] stability;
    public final double[] backing;
    public final boolean[] deFacto;
    /** People each actor rules. */
    public final long[] actorPopulation;
    /** Police, interior troops, national guard. */
    public final long[] securityForces;
    /** Share of the security forces that obey an order to act against unrest. */
    public final double[] securityLoyalty;
    /** Troops each actor can send abroad as peacekeepers. */
    public final long[] peacekeepingForce;
    /** Air-defence batteries each actor can deploy to an ally. */
    public final int[] airDefenceUnits;
    public final double[][] weights;

    public final String[] regionIds;
    public final String[] regionNames;
    public final int[] deJure;
    public final double[] area;
    public final long[] population;
    public final int[] kin;
    public final double[][] control;
    public final double[] terrain;
    public final double[][] stake;
    public final long[] redLines;
    public final boolean[] undemarcated;

    public final String[] treatyIds;
    public final String[] treatyNames;
    public final long[] members;
    public final DecisionRule[] rules;
    public final List<List<Article>> articles;
    public final long[] treatyForces;
    public final long[] treatyPeacekeepers;
    public final long[] treatyObservers;

    public final double[][] alignment;
    public final double[][] interdependence;
    /** Beliefs as the scenario states them, before its history of appeals teaches anything. */
    public final double[][] belief;
    /**
     * Beliefs a study or a variation set for the start of the run, whatever the history taught;
     * NaN where none was set.
     */
    public final double[][] beliefAtStart;

    public final List<DeploymentDef> deployments = new ArrayList<>();
    public final List<EventDef> events = new ArrayList<>();
    public final List<Variation> variations = new ArrayList<>();
    public final List<Expectation> expectations = new ArrayList<>();
    public final List<CheckDef> checks = new ArrayList<>();
    public final List<Injectable> injectables = new ArrayList<>();
    public final List<Protection> protections = new ArrayList<>();
    public final List<SettlementDef> settlements = new ArrayList<>();
    public final List<PastAppeal> history = new ArrayList<>();
    public final List<Placebo> placebos = new ArrayList<>();
    public Sample sample = Sample.IN_SAMPLE;
    /** When an out-of-sample case was committed; null for others. */
    public LocalDate committedOn;

    public SettingBuilder(String[] actorIds, String[] regionIds, String[] treatyIds) {
        int n = actorIds.length;
        int r = regionIds.length;
        int t = treatyIds.length;
        if (n > 63) {
            throw new IllegalArgumentException("at most 63 actors, got " + n);
        }
        this.actorIds = actorIds.clone();
        this.actorNames = actorIds.clone();
        power = new double[n];
        troops = new long[n];
        readiness = new double[n];
        committed = new double[n];
        stability = new double[n];
        backing = new double[n];
        java.util.Arrays.fill(backing, 1.0);
        deFacto = new boolean[n];
        actorPopulation = new long[n];
        securityForces = new long[n];
        securityLoyalty = new double[n];
        java.util.Arrays.fill(securityLoyalty, 1.0);
        peacekeepingForce = new long[n];
        airDefenceUnits = new int[n];
        weights = new double[n][Term.COUNT];

        this.regionIds = regionIds.clone();
        this.regionNames = regionIds.clone();
        deJure = new int[r];
        area = new double[r];
        population = new long[r];
        kin = new int[r];
        java.util.Arrays.fill(kin, Roles.NONE);
        control = new double[r][n];
        terrain = new double[r];
        stake = new double[r][n];
        redLines = new long[r];
        undemarcated = new boolean[r];

        this.treatyIds = treatyIds.clone();
        this.treatyNames = treatyIds.clone();
        members = new long[t];
        rules = new DecisionRule[t];
        java.util.Arrays.fill(rules, DecisionRule.UNILATERAL);
        articles = new ArrayList<>();
        for (int i = 0; i < t; i++) {
            articles.add(new ArrayList<>());
        }
        treatyForces = new long[t];
        treatyPeacekeepers = new long[t];
        treatyObservers = new long[t];

        alignment = new double[n][n];
        interdependence = new double[n][n];
        belief = new double[n][n + t];
        beliefAtStart = new double[n][n + t];
        for (double[] row : beliefAtStart) {
            java.util.Arrays.fill(row, Double.NaN);
        }
    }

    /** A deep copy of a setting's facts. */
    SettingBuilder(Setting s) {
        this(s.actorIds, s.regionIds, s.treatyIds);
        id = s.id;
        title = s.title;
        summary = s.summary;
        origin = s.origin;
        startDate = s.startDate;
        days = s.days;
        model = s.model;
        System.arraycopy(s.constants, 0, constants, 0, constants.length);
        roles = s.roles;
        System.arraycopy(s.actorNames, 0, actorNames, 0, actorNames.length);
        System.arraycopy(s.power, 0, power, 0, power.length);
        System.arraycopy(s.troops, 0, troops, 0, troops.length);
        System.arraycopy(s.readiness, 0, readiness, 0, readiness.length);
        System.arraycopy(s.committed, 0, committed, 0, committed.length);
        System.arraycopy(s.stability, 0, stability, 0, stability.length);
        System.arraycopy(s.backing, 0, backing, 0, backing.length);
        System.arraycopy(s.deFacto, 0, deFacto, 0, deFacto.length);
        System.arraycopy(s.actorPopulation, 0, actorPopulation, 0, actorPopulation.length);
        System.arraycopy(s.securityForces, 0, securityForces, 0, securityForces.length);
        System.arraycopy(s.securityLoyalty, 0, securityLoyalty, 0, securityLoyalty.length);
        System.arraycopy(s.peacekeepingForce, 0, peacekeepingForce, 0, peacekeepingForce.length);
        System.arraycopy(s.airDefenceUnits, 0, airDefenceUnits, 0, airDefenceUnits.length);
        copy(s.weights, weights);
        System.arraycopy(s.regionNames, 0, regionNames, 0, regionNames.length);
        System.arraycopy(s.deJure, 0, deJure, 0, deJure.length);
        System.arraycopy(s.area, 0, area, 0, area.length);
        System.arraycopy(s.population, 0, population, 0, population.length);
        System.arraycopy(s.kin, 0, kin, 0, kin.length);
        copy(s.control, control);
        System.arraycopy(s.terrain, 0, terrain, 0, terrain.length);
        copy(s.stake, stake);
        System.arraycopy(s.redLines, 0, redLines, 0, redLines.length);
        System.arraycopy(s.undemarcated, 0, undemarcated, 0, undemarcated.length);
        System.arraycopy(s.treatyNames, 0, treatyNames, 0, treatyNames.length);
        System.arraycopy(s.members, 0, members, 0, members.length);
        System.arraycopy(s.rules, 0, rules, 0, rules.length);
        for (int i = 0; i < s.articles.size(); i++) {
            articles.get(i).addAll(s.articles.get(i));
        }
        System.arraycopy(s.treatyForces, 0, treatyForces, 0, treatyForces.length);
        System.arraycopy(s.treatyPeacekeepers, 0, treatyPeacekeepers, 0, treatyPeacekeepers.length);
        System.arraycopy(s.treatyObservers, 0, treatyObservers, 0, treatyObservers.length);
        copy(s.alignment, alignment);
        copy(s.interdependence, interdependence);
        copy(s.statedBelief, belief);
        copy(s.beliefAtStart, beliefAtStart);
        deployments.addAll(s.deployments);
        events.addAll(s.events);
        variations.addAll(s.variations);
        expectations.addAll(s.expectations);
        checks.addAll(s.checks);
        injectables.addAll(s.injectables);
        protections.addAll(s.protections);
        settlements.addAll(s.settlements);
        history.addAll(s.history);
        placebos.addAll(s.placebos);
        sample = s.sample;
        committedOn = s.committedOn;
    }

    static void copy(double[][] from, double[][] to) {
        for (int i = 0; i < from.length; i++) {
            System.arraycopy(from[i], 0, to[i], 0, from[i].length);
        }
    }

    public int actorCount() {
        return actorIds.length;
    }

    public int regionCount() {
        return regionIds.length;
    }

    public int treatyCount() {
        return treatyIds.length;
    }

    /** Index of an actor id, or -1. */
    public int actor(String id) {
        return indexOf(actorIds, id);
    }

    /** Index of a region id, or -1. */
    public int region(String id) {
        return indexOf(regionIds, id);
    }

    /** Index of a treaty id, or -1. */
    public int treaty(String id) {
        return indexOf(treatyIds, id);
    }

    /** Index of a belief subject (an actor, then a treaty), or -1. */
    public int subject(String id) {
        int a = actor(id);
        if (a >= 0) {
            return a;
        }
        int t = treaty(id);
        return t < 0 ? -1 : actorIds.length + t;
    }

    static int indexOf(String[] ids, String id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Setting build() {
        return new Setting(this);
    }

    /**
     * Freezes this builder into a setting without copying its arrays: cheaper, for a builder
     * that is dropped at once. Changing the builder afterwards would change the setting, so
     * nothing may touch it again.
     */
    public Setting buildOnce() {
        return new Setting(this, true);
    }
}
