package casus.engine.rules;

import static casus.engine.model.ModelConstant.PEACEKEEPING_FORCE;
import static casus.engine.model.ModelConstant.PROPOSAL_DAYS;

import casus.engine.model.DeploymentKind;
import casus.engine.world.Conflict;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.World;

/**
 * Ceasefires: a proposal takes effect when both parties (the attacker and the principal
 * defender) have accepted it. When both accept several, the one whose proposer both trust most
 * (the higher of the two parties' lesser beliefs in it) takes effect. It freezes the lines on the
 * settlement's terms ({@link Settlement}), credits its proposer as broker, and brings in the
 * proposer's peacekeepers if it offered them. A proposal nobody takes up lapses.
 */
public final class Ceasefires {
    private Ceasefires() {
    }

    /** Puts in force the first proposal both parties accepted; returns it, or null. */
    public static Proposal settle(World w, Conflict c) {
        Proposal agreed = null;
        int defender = w.principalDefender(c);
        double bestTrust = -1;
        if (c.phase() != Conflict.Phase.CEASEFIRE) {
            for (int pIndex = 0; pIndex < w.proposalCount(); pIndex++) {
                Proposal p = w.proposal(pIndex);
                if (p.conflict() == c.index() && p.open() && p.acceptedBy(c.attacker()) && p.acceptedBy(defender)) {
                    double trust = Math.min(w.belief(c.attacker(), p.proposer()), w.belief(defender, p.proposer()));
                    if (trust > bestTrust) {
                        bestTrust = trust;
                        agreed = p;
                    }
                }
            }
        }
        for (int pIndex = 0; pIndex < w.proposalCount(); pIndex++) {
            Proposal p = w.proposal(pIndex);
            if (p != agreed && p.conflict() == c.index() && p.open() && (agreed != null || w.day() - p.day() >= w.whole(PROPOSAL_DAYS))) {
                w.setStatus(p, Proposal.Status.LAPSED);
            }
        }
        if (agreed != null) {
            w.setStatus(agreed, Proposal.Status.IN_FORCE);
            w.setPhase(c, Conflict.Phase.CEASEFIRE, agreed.proposer());
            Settlement.handOver(w, c);
            if (agreed.peacekeepers()) {
                w.deploy(new Presence(agreed.proposer(), -1, contested(w, c), -1,
                        w.whole(PEACEKEEPING_FORCE), DeploymentKind.PEACEKEEPERS, w.day()));
            }
        }
        return agreed;
    }

    /** The attacker breaks the ceasefire: fighting resumes and the agreement is void. */
    public static void breakOff(World w, Conflict c) {
        for (int pIndex = 0; pIndex < w.proposalCount(); pIndex++) {
            Proposal p = w.proposal(pIndex);
            if (p.conflict() == c.index() && p.status() == Proposal.Status.IN_FORCE) {
                w.setStatus(p, Proposal.Status.LAPSED);
            }
        }
        w.setPhase(c, Conflict.Phase.ACTIVE, -1);
    }

    /** The target region where the defenders still hold most: where peacekeepers would stand. */
    static int contested(World w, Conflict c) {
        int best = c.region(0);
        double most = -1;
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            double held = 1 - w.control(r, c.attacker());
            if (held > most) {
                most = held;
                best = r;
            }
        }
        return best;
    }
}
