package casus.engine.testing;

import casus.engine.model.Article;
import casus.engine.model.DecisionRule;
import casus.engine.model.DeploymentDef;
import casus.engine.model.DeploymentKind;
import casus.engine.model.EventDef;
import casus.engine.model.EventKind;
import casus.engine.model.Obligation;
import casus.engine.model.Packages;
import casus.engine.model.Protection;
import casus.engine.model.Roles;
import casus.engine.model.Setting;
import casus.engine.model.ModelConstant;
import casus.engine.model.SettingBuilder;
import casus.engine.model.SettlementDef;
import casus.engine.scenario.Scenarios;
import casus.engine.model.Term;
import casus.engine.model.Variation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A small synthetic crisis built in code, so that a test can state the facts it depends on.
 *
 * <pre>
 *   ATK attacks; DEF defends.
 *   PAT is DEF's patron under PACT, a bilateral treaty (Art.1 mutual assistance, Art.2 consultation).
 *   THD backs ATK under AXIS, a bilateral treaty (Art.1 mutual assistance).
 *   BLOC is a council deciding by consensus: DEF, PAT, MBA, MBB (Art.4 collective defence, Art.2 consultation).
 *   NEU is a neutral power with ties to both sides.
 *
 *   region   de jure  kin  held by  what it is
 *   HOME     DEF      -    DEF      DEF's recognised territory
 *   BORDER   DEF      -    DEF      DEF's territory, but the border through it was never delimited
 *   ENCLAVE  ATK      DEF  DEF      ATK's under international law; DEF's kin live there
 *   BELT     ATK      -    DEF      ATK's under international law, held by DEF as a security belt
 * </pre>
 *
 * Every weight is 1, every belief 0.5, the preference spread 0, and there are no events:
 * {@link #builder()} gives the mutable form for a test to change, {@link #offensive} schedules an
 * attack. Nobody has people, security forces, peacekeepers to send abroad or air defence, and no
 * state protects another, until a test gives them ({@link #homeFront}, {@link #peacekeepingForce},
 * {@link #airDefence}, {@link #protects}); no settlement package is on offer until a test adds one
 * ({@link #settlement}).
 */
public final class TinySetting {
    public static final int ATK = 0;
    public static final int DEF = 1;
    public static final int PAT = 2;
    public static final int THD = 3;
    public static final int MBA = 4;
    public static final int MBB = 5;
    public static final int NEU = 6;
    public static final int ACTORS = 7;

    public static final int HOME = 0;
    public static final int BORDER = 1;
    public static final int ENCLAVE = 2;
    public static final int BELT = 3;

    public static final int PACT = 0;
    public static final int BLOC = 1;
    public static final int AXIS = 2;

    /** Index of the military article of every treaty: PACT Art.1, BLOC Art.4, AXIS Art.1. */
    public static final int MILITARY_ARTICLE = 0;
    /** Index of the consultation article of PACT and BLOC (Art.2). */
    public static final int CONSULTATION_ARTICLE = 1;

    private TinySetting() {
    }

    /** The facts, ready to change. */
    public static SettingBuilder builder() {
        SettingBuilder b = new SettingBuilder(
                new String[] {"ATK", "DEF", "PAT", "THD", "MBA", "MBB", "NEU"},
                new String[] {"HOME", "BORDER", "ENCLAVE", "BELT"},
                new String[] {"PACT", "BLOC", "AXIS"});
        b.id = "tiny";
        b.title = "A tiny crisis";
        b.summary = "ATK against DEF, with DEF's patron, a council, a backer and a neutral";
        b.origin = "tiny";
        b.startDate = LocalDate.of(2000, 1, 1);
        b.days = 30;
        b.model = Scenarios.bundledModel();
        System.arraycopy(b.model.values(), 0, b.constants, 0, b.constants.length);
        b.constants[ModelConstant.TEMPERATURE.ordinal()] = 0.05;
        b.constants[ModelConstant.PREFERENCE_SPREAD.ordinal()] = 0;
        b.roles = new Roles(DEF, ATK, BLOC);

        actor(b, ATK, "Attacker", 50, 60_000, 0.8, 0, 0.8);
        actor(b, DEF, "Defender", 15, 40_000, 0.8, 0, 0.7);
        actor(b, PAT, "Patron", 300, 900_000, 0.6, 0.1, 0.8);
        actor(b, THD, "Backer", 60, 350_000, 0.6, 0, 0.8);
        actor(b, MBA, "Member A", 10, 40_000, 0.6, 0, 0.6);
        actor(b, MBB, "Member B", 2, 10_000, 0.5, 0, 0.5);
        actor(b, NEU, "Neutral", 100, 500_000, 0.6, 0.5, 0.8);
        for (double[] w : b.weights) {
            Arrays.fill(w, 1.0);
        }

        region(b, HOME, "the home province", DEF, 1000, 0.5);
        region(b, BORDER, "the border villages", DEF, 400, 0.5);
        b.undemarcated[BORDER] = true;
        region(b, ENCLAVE, "the enclave", ATK, 2000, 0.5);
        b.kin[ENCLAVE] = DEF;
        region(b, BELT, "the security belt", ATK, 3000, 0.3);
        b.stake[BELT][DEF] = 0.5;
        for (int r = 0; r < b.regionCount(); r++) {
            b.control[r][DEF] = 1;
            b.population[r] = 10_000;
        }

        treaty(b, PACT, DecisionRule.UNILATERAL, new int[] {PAT, DEF},
                new Article("Art.1", Obligation.MUTUAL_ASSISTANCE), new Article("Art.2", Obligation.CONSULTATION));
        treaty(b, BLOC, DecisionRule.CONSENSUS, new int[] {DEF, PAT, MBA, MBB},
                new Article("Art.4", Obligation.COLLECTIVE_DEFENCE), new Article("Art.2", Obligation.CONSULTATION));
        b.treatyForces[BLOC] = 20_000;
        b.treatyPeacekeepers[BLOC] = 3_600;
        b.treatyObservers[BLOC] = 100;
        treaty(b, AXIS, DecisionRule.UNILATERAL, new int[] {THD, ATK}, new Article("Art.1", Obligation.MUTUAL_ASSISTANCE));

        relation(b, PAT, DEF, 0.5, 0.3);
        relation(b, PAT, ATK, 0.3, 0.3);
        relation(b, DEF, PAT, 0.6, 0.8);
        relation(b, ATK, PAT, 0.2, 0.4);
        relation(b, THD, ATK, 0.9, 0.7);
        relation(b, ATK, THD, 0.9, 0.7);
        relation(b, DEF, ATK, -0.9, 0.02);
        relation(b, ATK, DEF, -0.9, 0.02);
        relation(b, MBA, PAT, 0.6, 0.8);
        relation(b, MBA, ATK, 0.3, 0.2);
        relation(b, MBA, DEF, 0.3, 0.1);
        relation(b, MBB, PAT, 0.7, 0.8);
        relation(b, MBB, DEF, 0.3, 0.05);
        relation(b, NEU, ATK, 0.1, 0.2);
        relation(b, NEU, DEF, 0.2, 0.2);
        relation(b, ATK, NEU, 0.1, 0.1);
        relation(b, DEF, NEU, 0.1, 0.1);
        for (double[] row : b.belief) {
            Arrays.fill(row, 0.5);
        }
        return b;
    }

    public static Setting setting() {
        return builder().build();
    }

    /** The setting with ATK's offensive on some regions at full intensity on day 0. */
    public static Setting crisis(int... regions) {
        SettingBuilder b = builder();
        offensive(b, "offensive", 0, 1.0, regions);
        return b.build();
    }

    /** Schedules an offensive by ATK aiming to take all of each region. */
    public static void offensive(SettingBuilder b, String id, int day, double intensity, int... regions) {
        b.events.add(new EventDef(id, day, EventKind.OFFENSIVE, ATK, regions, intensity, 1.0, 0, 0, ""));
    }

    /**
     * A random variant of the tiny crisis, the same for the same seed: powers, stability,
     * weights, beliefs, terrain and who holds what are drawn; ATK attacks a random set of regions
     * on one of the first days; unrest, a redeployment, a blockade, peacekeepers in the enclave
     * and a drawn fact may come on top.
     */
    public static Setting random(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        SettingBuilder b = builder();
        b.id = "tiny-" + Long.toHexString(seed);
        b.days = 5 + r.nextInt(36);
        b.constants[ModelConstant.TEMPERATURE.ordinal()] = 0.02 + 0.5 * r.nextDouble();
        b.constants[ModelConstant.PREFERENCE_SPREAD.ordinal()] = 0.3 * r.nextDouble();
        for (int a = 0; a < ACTORS; a++) {
            b.power[a] *= 0.3 + 1.4 * r.nextDouble();
            if (r.nextInt(3) == 0) {
                b.committed[a] = 0.95 * r.nextDouble();
            }
            b.stability[a] = 0.15 + 0.85 * r.nextDouble();
            for (int t = 0; t < Term.COUNT; t++) {
                b.weights[a][t] = 2 * r.nextDouble();
            }
            for (int subject = 0; subject < b.belief[a].length; subject++) {
                b.belief[a][subject] = r.nextDouble();
            }
        }
        for (int region = 0; region < b.regionCount(); region++) {
            b.terrain[region] = r.nextDouble();
            if (r.nextInt(3) == 0) {
                double taken = r.nextDouble();
                b.control[region][DEF] = 1 - taken;
                b.control[region][ATK] = taken;
            }
        }
        int targets = 1 + r.nextInt(15);
        int[] regions = IntStream.range(0, 4).filter(k -> (targets & (1 << k)) != 0).toArray();
        b.events.add(new EventDef("offensive", r.nextInt(Math.min(3, b.days)), EventKind.OFFENSIVE, ATK, regions,
                0.3 + 0.7 * r.nextDouble(), 0.3 + 0.7 * r.nextDouble(), r.nextInt(3) == 0 ? 0.2 * r.nextDouble() : 0, 0, ""));
        if (r.nextBoolean()) {
            int who = r.nextBoolean() ? DEF : MBA;
            b.events.add(new EventDef("unrest", r.nextInt(b.days), EventKind.UNREST, who, new int[0],
                    r.nextDouble(), 0, 0.4 * r.nextDouble(), r.nextDouble(), ""));
        }
        if (r.nextBoolean()) {
            b.events.add(new EventDef("redeployed", r.nextInt(b.days), EventKind.FORCES_REDEPLOYED, PAT, new int[0],
                    0, 0, r.nextDouble(), 0, ""));
        }
        if (r.nextBoolean()) {
            b.events.add(new EventDef("blockade", r.nextInt(b.days), EventKind.BLOCKADE, ATK, new int[] {ENCLAVE},
                    0, 0, r.nextDouble(), 0, ""));
        }
        if (r.nextBoolean()) {
            b.deployments.add(new DeploymentDef(PAT, ENCLAVE, 2000, DeploymentKind.PEACEKEEPERS));
        }
        if (r.nextBoolean()) {
            double low = b.power[ATK] * 0.8;
            b.variations.add(new Variation("actors.ATK.military_power", low, low * 1.5));
        }
        return b.build();
    }

    /** Sets every weight of an actor but one term's to zero, so that only that term counts. */
    public static void onlyWeighs(SettingBuilder b, int actor, Term term) {
        Arrays.fill(b.weights[actor], 0);
        b.weights[actor][term.ordinal()] = 1;
    }

    /**
     * Gives an actor people and security forces (police, interior troops) against unrest, a share
     * of which obeys an order to act: what its security at home is measured against.
     */
    public static void homeFront(SettingBuilder b, int actor, long population, long securityForces, double loyalty) {
        b.actorPopulation[actor] = population;
        b.securityForces[actor] = securityForces;
        b.securityLoyalty[actor] = loyalty;
    }

    /** Lets an actor send peacekeepers abroad: a force of so many troops. */
    public static void peacekeepingForce(SettingBuilder b, int actor, long troops) {
        b.peacekeepingForce[actor] = troops;
    }

    /** Gives an actor air-defence batteries it can deploy to an ally. */
    public static void airDefence(SettingBuilder b, int actor, int units) {
        b.airDefenceUnits[actor] = units;
    }

    /** A state declares it protects another. */
    public static void protects(SettingBuilder b, int protector, int protege) {
        b.protections.add(new Protection(protector, protege, ""));
    }

    /** Adds a scenario settlement package; returns its package number ({@link Packages}). */
    public static int settlement(SettingBuilder b, String id, SettlementDef.Clause... clauses) {
        b.settlements.add(new SettlementDef(id, id, Arrays.asList(clauses), ""));
        return Packages.SCENARIO + b.settlements.size() - 1;
    }

    /** One term of a settlement: its kind, the party it binds (or -1) and the regions it names. */
    public static SettlementDef.Clause clause(SettlementDef.Kind kind, int party, int... regions) {
        return new SettlementDef.Clause(kind, party, regions);
    }

    private static void actor(SettingBuilder b, int a, String name, double power, long troops, double readiness,
            double committed, double stability) {
        b.actorNames[a] = name;
        b.power[a] = power;
        b.troops[a] = troops;
        b.readiness[a] = readiness;
        b.committed[a] = committed;
        b.stability[a] = stability;
    }

    private static void region(SettingBuilder b, int r, String name, int deJure, double area, double terrain) {
        b.regionNames[r] = name;
        b.deJure[r] = deJure;
        b.area[r] = area;
        b.terrain[r] = terrain;
    }

    private static void treaty(SettingBuilder b, int t, DecisionRule rule, int[] members, Article... articles) {
        b.rules[t] = rule;
        for (int m : members) {
            b.members[t] |= 1L << m;
        }
        b.articles.get(t).addAll(Arrays.asList(articles));
    }

    private static void relation(SettingBuilder b, int from, int to, double alignment, double interdependence) {
        b.alignment[from][to] = alignment;
        b.interdependence[from][to] = interdependence;
    }
}
