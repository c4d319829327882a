package casus.engine.action;

import static casus.engine.model.ModelConstant.REGIME_TROOPS;
import static casus.engine.model.ModelConstant.TRIPWIRE_TROOPS;

import casus.engine.model.Ask;
import casus.engine.world.Motion;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * Answers and votes. A state asked directly (the other party of a bilateral treaty, or a state
 * asked outside any treaty) answers with what fits the ask and what it can field: fight for the
 * appellant, station forces to deter, guard its government or form a force and hold it back,
 * lend it money, hold consultations, or decline. An active member of a council votes on every
 * motion tabled before today, except on its own appeal. Nobody sends forces to a government that
 * has fallen since it asked: it may only be talked to or refused, and a motion to send it forces
 * only voted down or abstained on.
 */
final class AnswerOptions {
    private AnswerOptions() {
    }

    static int build(World w, int a, ChoiceSet[] pool, int n) {
        for (int qIndex = 0; qIndex < w.appeals().requestCount() && n < pool.length; qIndex++) {
            Request q = w.appeals().request(qIndex);
            if (!q.open() || q.day() >= w.day() || q.addressee() != a) {
                continue;
            }
            ChoiceSet set = Options.slot(pool, n++);
            set.reset(ChoiceKind.RESPONSE, a, q.index());
            for (ActionKind k : answers(w, a, q)) {
                set.add(k, q.requester(), q.index(), q.treaty(), q.article(), 0);
            }
        }
        return n;
    }

    private static final ActionKind[] TO_FIGHT = {ActionKind.HONOUR, ActionKind.DEFEND, ActionKind.CONSULT, ActionKind.DECLINE};
    private static final ActionKind[] TO_DEFEND = {ActionKind.DEFEND, ActionKind.CONSULT, ActionKind.DECLINE};
    private static final ActionKind[] TO_GUARD = {ActionKind.HONOUR, ActionKind.RESERVE, ActionKind.CONSULT, ActionKind.DECLINE};
    private static final ActionKind[] TO_LEND = {ActionKind.RESCUE, ActionKind.CONSULT, ActionKind.DECLINE};
    private static final ActionKind[] TO_TALK = {ActionKind.CONSULT, ActionKind.DECLINE};

    /**
     * The answers a state may give to an appeal: those that fit the ask, less what it cannot field;
     * to a government that has fallen since it asked, only talk or a refusal.
     */
    static ActionKind[] answers(World w, int a, Request q) {
        if (w.regimes().fallen(q.requester())) {
            return TO_TALK;
        }
        ActionKind[] fitting = switch (q.ask()) {
            case MILITARY_AID -> TO_FIGHT;
            case DEFENSIVE_DEPLOYMENT -> TO_DEFEND;
            case PEACEKEEPERS -> TO_GUARD;
            case RESCUE -> TO_LEND;
            case CONSULTATIONS -> TO_TALK;
        };
        int kept = 0;
        ActionKind[] out = new ActionKind[fitting.length];
        for (ActionKind k : fitting) {
            if (canField(w, a, q.ask(), k)) {
                out[kept++] = k;
            }
        }
        return kept == out.length ? fitting : java.util.Arrays.copyOf(out, kept);
    }

    /** Whether a state has what an answer needs: forces for a war, troops to guard, air defence or a tripwire. */
    static boolean canField(World w, int a, Ask ask, ActionKind k) {
        return switch (k) {
            case HONOUR -> ask == Ask.MILITARY_AID ? w.military().available(a) > 0 : w.military().availableTroops(a) >= w.k(REGIME_TROOPS);
            case RESERVE -> w.military().availableTroops(a) >= w.k(REGIME_TROOPS);
            case DEFEND -> w.setting().airDefenceUnits(a) > 0 || w.military().availableTroops(a) >= w.k(TRIPWIRE_TROOPS);
            default -> true;
        };
    }

    static int votes(World w, int a, ChoiceSet[] pool, int n) {
        for (int mIndex = 0; mIndex < w.appeals().motionCount() && n < pool.length; mIndex++) {
            Motion m = w.appeals().motion(mIndex);
            if (!m.open() || m.tabledDay() >= w.day() || !w.treaties().activeMember(m.treaty(), a) || w.appeals().request(m.request()).requester() == a
                    || m.vote(a) != Motion.Vote.NONE) {
                continue;
            }
            ChoiceSet set = Options.slot(pool, n++);
            set.reset(ChoiceKind.VOTE, a, m.index());
            if (!(m.kind().sendsForces() && w.regimes().fallen(w.appeals().request(m.request()).requester()))) {
                set.add(ActionKind.VOTE_YES, -1, m.index(), m.treaty(), -1, 0);
            }
            set.add(ActionKind.VOTE_NO, -1, m.index(), m.treaty(), -1, 0);
            set.add(ActionKind.VOTE_ABSTAIN, -1, m.index(), m.treaty(), -1, 0);
        }
        return n;
    }
}
