package casus.engine.rules;

import static casus.engine.model.ModelConstant.PROPOSAL_DAYS;

import casus.engine.world.Conflict;
import casus.engine.world.Proposal;
import casus.engine.world.World;
import java.util.List;

/**
 * Ceasefires: a proposal takes effect when both parties (the attacker and the principal
 * defender) have accepted it. When both accept several, the one whose proposer both trust most
 * (the higher of the two parties' lesser beliefs in it; for a direct proposal, their lesser belief
 * in each other) takes effect. It stops every conflict between the two parties, carries out its
 * terms ({@link Settlement}), and credits its proposer as broker, or the parties themselves when
 * one proposed it to the other. Terms whose peacekeepers would come from a state that has since
 * joined the fighting cannot take effect, nor any in a conflict where nobody has fought since the
 * day before: a ceasefire stops fighting, and there is none left to stop. A proposal nobody takes
 * up lapses.
 */
public final class Ceasefires {
    private Ceasefires() {
    }

    /** Puts in force the best proposal both parties accepted; returns it, or null. */
    public static Proposal settle(World w, Conflict c) {
        Proposal agreed = null;
        int defender = w.wars().principalDefender(c);
        double bestTrust = -1;
        // A ceasefire stops fighting: where the fighting stopped of itself before yesterday, there is none to agree.
        if (c.phase() != Conflict.Phase.CEASEFIRE && c.lastFightingDay() >= w.day() - 1) {
            List<Proposal> open = w.talks().openProposals();
            for (int pIndex = 0; pIndex < open.size(); pIndex++) {
                Proposal p = open.get(pIndex);
                if (p.conflict() == c.index() && p.acceptedBy(c.attacker()) && p.acceptedBy(defender) && keepsPeace(w, c, p)) {
                    double trust = p.direct()
                            ? Math.min(w.minds().belief(c.attacker(), defender), w.minds().belief(defender, c.attacker()))
                            : Math.min(w.minds().belief(c.attacker(), p.proposer()), w.minds().belief(defender, p.proposer()));
                    if (trust > bestTrust) {
                        bestTrust = trust;
                        agreed = p;
                    }
                }
            }
        }
        List<Proposal> open = w.talks().openProposals();
        for (int pIndex = open.size() - 1; pIndex >= 0; pIndex--) {
            Proposal p = open.get(pIndex);
            if (p != agreed && p.conflict() == c.index() && (agreed != null || w.day() - p.day() >= w.whole(PROPOSAL_DAYS))) {
                w.talks().setStatus(p, Proposal.Status.LAPSED);
            }
        }
        if (agreed != null) {
            w.talks().setStatus(agreed, Proposal.Status.IN_FORCE);
            for (int cIndex = 0; cIndex < w.wars().conflictCount(); cIndex++) {
                Conflict other = w.wars().conflict(cIndex);
                if (other == c || other.phase() != Conflict.Phase.CEASEFIRE && w.wars().opposes(other, c.attacker(), defender)) {
                    w.wars().setPhase(other, Conflict.Phase.CEASEFIRE, agreed.proposer(), agreed.direct());
                }
            }
            Settlement.carryOut(w, c, agreed);
        }
        return agreed;
    }

    /**
     * Whether the peacekeepers a proposal brings in (if any) come from a state fighting in none of
     * the conflicts between the two parties, which the ceasefire would stop.
     */
    static boolean keepsPeace(World w, Conflict c, Proposal p) {
        int keeper = p.peacekeeper();
        if (keeper < 0) {
            return true;
        }
        int defender = w.wars().principalDefender(c);
        for (int cIndex = 0; cIndex < w.wars().conflictCount(); cIndex++) {
            Conflict other = w.wars().conflict(cIndex);
            if ((other == c || w.wars().opposes(other, c.attacker(), defender)) && (other.attacker() == keeper || other.sideOfDefence(keeper))) {
                return false;
            }
        }
        return true;
    }

    /** The attacker breaks the ceasefire: fighting resumes and the agreement is void. */
    public static void breakOff(World w, Conflict c) {
        for (int pIndex = 0; pIndex < w.talks().proposalCount(); pIndex++) {
            Proposal p = w.talks().proposal(pIndex);
            if (p.conflict() == c.index() && p.status() == Proposal.Status.IN_FORCE) {
                w.talks().setStatus(p, Proposal.Status.LAPSED);
            }
        }
        w.wars().setPhase(c, Conflict.Phase.ACTIVE, -1, false);
    }

    /** A party withdraws its acceptance of the open proposals for a conflict: it has chosen to fight on. */
    public static void withdrawAcceptances(World w, Conflict c, int party) {
        List<Proposal> open = w.talks().openProposals();
        for (int pIndex = 0; pIndex < open.size(); pIndex++) {
            Proposal p = open.get(pIndex);
            if (p.conflict() == c.index() && p.acceptedBy(party)) {
                w.talks().withdrawAcceptance(p, party);
            }
        }
    }

    /** The target region where the defenders still hold most: where peacekeepers would stand. */
    public static int contested(World w, Conflict c) {
        if (c.regionCount() == 0) {
            return -1;
        }
        int best = c.region(0);
        double most = -1;
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            double held = 1 - w.territory().control(r, c.attacker());
            if (held > most) {
                most = held;
                best = r;
            }
        }
        return best;
    }
}
