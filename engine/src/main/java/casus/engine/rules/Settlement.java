package casus.engine.rules;

import static casus.engine.model.ModelConstant.STATUS_OPEN_COST;
import static casus.engine.model.ModelConstant.STATUS_OPEN_VALUE;

import casus.engine.model.DeploymentKind;
import casus.engine.model.Packages;
import casus.engine.model.SettlementDef;
import casus.engine.world.Conflict;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.Territory;
import casus.engine.world.World;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms a ceasefire proposal carries, as data. The rules derive three for any war over ground
 * (the lines freeze; they freeze under the proposer's own peacekeepers; the attacker returns to
 * the lines before the war), and a scenario makes available the packages its record gives (the
 * formula mediators backed for a disputed enclave, say). This class says which package a proposer
 * may put to a conflict, what each term is worth to a party, and carries out the terms when a
 * ceasefire takes effect.
 */
public final class Settlement {
    private static final SettlementDef.Clause FREEZE = new SettlementDef.Clause(SettlementDef.Kind.FREEZE, -1, new int[0]);
    private static final SettlementDef.Clause RESTORE = new SettlementDef.Clause(SettlementDef.Kind.RESTORE, -1, new int[0]);
    private static final SettlementDef FREEZE_TERMS = new SettlementDef("freeze", "the lines as they stand", List.of(FREEZE), "");
    private static final SettlementDef RESTORE_TERMS = new SettlementDef("restore", "back to the lines before the war", List.of(RESTORE), "");
    /** The package of a state's own peacekeepers, made once per state (by id and index) and shared: terms are values. */
    private static final Map<String, SettlementDef> GUARDED = new ConcurrentHashMap<>();

    private Settlement() {
    }

    /** Whether a proposer may put package {@code variant} to a conflict. */
    public static boolean available(World w, Conflict c, int proposer, int variant) {
        return switch (variant) {
            case Packages.FREEZE -> true;
            case Packages.OWN_PEACEKEEPERS -> c.regionCount() > 0 && proposer != c.attacker() && !c.sideOfDefence(proposer)
                    && canKeepPeace(w, proposer);
            case Packages.RESTORE -> gained(w, c);
            default -> applies(w, c, w.setting().settlements().get(variant - Packages.SCENARIO));
        };
    }

    /** The terms of package {@code variant} as {@code proposer} would put them. */
    public static SettlementDef terms(World w, Conflict c, int proposer, int variant) {
        return switch (variant) {
            case Packages.FREEZE -> FREEZE_TERMS;
            case Packages.OWN_PEACEKEEPERS -> GUARDED.computeIfAbsent(w.setting().actorId(proposer) + "#" + proposer,
                    k -> new SettlementDef("peacekeepers", "the lines as they stand, under " + w.setting().actorId(proposer) + "'s peacekeepers",
                            List.of(FREEZE, new SettlementDef.Clause(SettlementDef.Kind.PEACEKEEPERS, proposer, new int[0])), ""));
            case Packages.RESTORE -> RESTORE_TERMS;
            default -> w.setting().settlements().get(variant - Packages.SCENARIO);
        };
    }

    /** Whether an actor can send peacekeepers abroad now. */
    public static boolean canKeepPeace(World w, int actor) {
        long force = w.setting().peacekeepingForce(actor);
        return force > 0 && w.military().availableTroops(actor) >= force;
    }

    /** Whether the attacker holds more of a conflict's regions than when it began. */
    static boolean gained(World w, Conflict c) {
        for (int k = 0; k < c.regionCount(); k++) {
            if (c.attackerGain(k, w.territory().control(c.region(k), c.attacker())) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A scenario package applies to a conflict when every region it names is one of the conflict's and it names one. */
    static boolean applies(World w, Conflict c, SettlementDef d) {
        boolean names = false;
        List<SettlementDef.Clause> clauses = d.clauses();
        for (int ci = 0; ci < clauses.size(); ci++) {
            SettlementDef.Clause clause = clauses.get(ci);
            for (int k = 0; k < clause.regionCount(); k++) {
                if (!c.targets(clause.region(k))) {
                    return false;
                }
                names = true;
            }
            if (clause.kind() == SettlementDef.Kind.PEACEKEEPERS && w.setting().peacekeepingForce(clause.party()) <= 0) {
                return false;
            }
        }
        return names;
    }

    /**
     * Value, to an actor, of the ground the terms move, in region-value units: positive for what
     * it would gain, negative for what it would lose; and, for a region whose status the terms
     * leave open, the value of keeping the question open to the side that does not hold the title
     * and the cost to the side that does.
     */
    public static double groundValue(World w, Conflict c, SettlementDef terms, int actor) {
        boolean attackerSide = actor == c.attacker();
        double sum = 0;
        List<SettlementDef.Clause> clauses = terms.clauses();
        for (int ci = 0; ci < clauses.size(); ci++) {
            SettlementDef.Clause clause = clauses.get(ci);
            switch (clause.kind()) {
                case WITHDRAW -> {
                    boolean withdrawerIsAttacker = clause.party() == c.attacker();
                    for (int k = 0; k < clause.regionCount(); k++) {
                        int r = clause.region(k);
                        double moving = withdrawerIsAttacker ? w.territory().control(r, c.attacker()) : 1 - w.territory().control(r, c.attacker());
                        boolean gains = attackerSide != withdrawerIsAttacker;
                        int at = c.indexOf(r);
                        sum += (gains ? 1 : -1) * (at < 0 ? moving : c.ofAim(at, moving)) * w.territory().valueOf(r, actor);
                    }
                }
                case RESTORE -> {
                    for (int k = 0; k < c.regionCount(); k++) {
                        int r = c.region(k);
                        double back = c.attackerGain(k, w.territory().control(r, c.attacker()));
                        sum += (attackerSide ? -1 : 1) * c.ofAim(k, back) * w.territory().valueOf(r, actor);
                    }
                }
                case STATUS_OPEN -> {
                    for (int k = 0; k < clause.regionCount(); k++) {
                        int r = clause.region(k);
                        if (w.setting().deJure(r) == actor) {
                            sum -= w.k(STATUS_OPEN_COST);
                        } else if (w.territory().valueOf(r, actor) > 0) {
                            sum += w.k(STATUS_OPEN_VALUE) * w.territory().valueOf(r, actor);
                        }
                    }
                }
                case FREEZE, PEACEKEEPERS -> {
                }
            }
        }
        return sum;
    }

    /** Carries out a proposal's terms once the ceasefire is in force. */
    static void carryOut(World w, Conflict c, Proposal p) {
        List<SettlementDef.Clause> clauses = p.terms().clauses();
        for (int ci = 0; ci < clauses.size(); ci++) {
            SettlementDef.Clause clause = clauses.get(ci);
            switch (clause.kind()) {
                case WITHDRAW -> {
                    for (int k = 0; k < clause.regionCount(); k++) {
                        int r = clause.region(k);
                        if (clause.party() == c.attacker()) {
                            w.territory().shiftControl(r, c.attacker(), heir(w, c, r), w.territory().control(r, c.attacker()));
                        } else {
                            Combat.take(w, r, c.attacker(), 1);
                        }
                    }
                }
                case RESTORE -> {
                    for (int k = 0; k < c.regionCount(); k++) {
                        int r = c.region(k);
                        w.territory().shiftControl(r, c.attacker(), heir(w, c, r), c.attackerGain(k, w.territory().control(r, c.attacker())));
                    }
                }
                case PEACEKEEPERS -> {
                    long troops = w.setting().peacekeepingForce(clause.party());
                    if (troops > 0) {
                        int region = clause.regionCount() > 0 ? clause.region(0) : Ceasefires.contested(w, c);
                        w.military().deploy(new Presence(clause.party(), -1, region, -1, troops, DeploymentKind.PEACEKEEPERS, w.day()));
                    }
                }
                case FREEZE, STATUS_OPEN -> {
                }
            }
        }
    }

    /**
     * Who gets back ground the attacker gives up: whoever else holds most of the region, or, where
     * the attacker holds it all, its recognised owner, or the people who live there.
     */
    static int heir(World w, Conflict c, int r) {
        Territory ground = w.territory();
        int best = -1;
        for (int a = 0; a < w.actorCount(); a++) {
            if (a != c.attacker() && ground.control(r, a) > 0 && (best < 0 || ground.control(r, a) > ground.control(r, best))) {
                best = a;
            }
        }
        if (best >= 0) {
            return best;
        }
        int owner = w.setting().deJure(r);
        return owner != c.attacker() || w.setting().kin(r) < 0 ? owner : w.setting().kin(r);
    }

    /**
     * How much of the war's aim on a state's recognised territory the attacker would still hold
     * once terms are carried out, 0 to 1 (the most of any region): what signing them would
     * concede.
     */
    public static double occupiedAfter(World w, Conflict c, SettlementDef terms, int state) {
        List<SettlementDef.Clause> clauses = terms.clauses();
        double most = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            if (w.setting().deJure(r) != state) {
                continue;
            }
            double held = c.attackerGain(k, w.territory().control(r, c.attacker()));
            for (int ci = 0; ci < clauses.size(); ci++) {
                SettlementDef.Clause clause = clauses.get(ci);
                boolean leaves = clause.kind() == SettlementDef.Kind.RESTORE
                        || clause.kind() == SettlementDef.Kind.WITHDRAW && clause.party() == c.attacker() && names(clause, r);
                if (leaves) {
                    held = 0;
                }
            }
            most = Math.max(most, c.ofAim(k, held));
        }
        return most;
    }

    private static boolean names(SettlementDef.Clause clause, int region) {
        for (int k = 0; k < clause.regionCount(); k++) {
            if (clause.region(k) == region) {
                return true;
            }
        }
        return false;
    }

    /**
     * Value to a defender of peacekeepers guarding what its side still holds of the war's aim, in
     * region-value units: the ground the attacker set out to take and has not.
     */
    public static double stillHeld(World w, Conflict c, int actor) {
        double sum = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            sum += w.territory().valueOf(r, actor) * c.ofAim(k, Forces.remaining(w, c, r));
        }
        return sum;
    }

    /** Value to an actor of its own recognised land that others still hold of the war's aim: what foreign peacekeepers would lock away. */
    public static double ownedHeldByOthers(World w, Conflict c, int actor) {
        double sum = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            if (w.setting().deJure(r) == actor) {
                sum += c.ofAim(k, Math.min(1 - w.territory().control(r, actor), Forces.remaining(w, c, r)));
            }
        }
        return sum;
    }
}
