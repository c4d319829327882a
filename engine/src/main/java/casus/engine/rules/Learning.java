package casus.engine.rules;

import static casus.engine.model.ModelConstant.LEADER_JUDGED_SHARE;
import static casus.engine.model.ModelConstant.LEARNING_CLARITY_FLOOR;
import static casus.engine.model.ModelConstant.LEARNING_RATE;
import static casus.engine.model.ModelConstant.OBSERVER_RATE;
import static casus.engine.model.ModelConstant.SILENCE_AFTER;
import static casus.engine.model.ModelConstant.SILENCE_RATE;
import static casus.engine.model.ModelConstant.SILENCE_WINDOW;
import static casus.engine.model.ModelConstant.WORTH_CONSULTATION;
import static casus.engine.model.ModelConstant.WORTH_PARTIAL;

import casus.engine.model.Article;
import casus.engine.model.Ask;
import casus.engine.model.Answer;
import casus.engine.model.DecisionRule;
import casus.engine.model.Lessons;
import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.Mission;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * How beliefs in allies move. An answered appeal moves the one who asked toward what it showed
 * (what was asked, given, counts 1; something short of it a little; a refusal 0), the more the
 * clearer its case was and the costlier what was asked;
 * everyone else learns the same lesson more slowly. The leader of a council is judged with the
 * council. When a member's recognised territory is attacked and its allies do nothing, it learns
 * from their silence, day by day.
 */
public final class Learning {
    private Learning() {
    }

    /** What an answer was, in the terms of a lesson; null while it is open. */
    static Answer answer(Request q) {
        return switch (q.status()) {
            case HONOURED -> Answer.HONOURED;
            case PARTIAL -> Answer.PARTIAL;
            case REFUSED -> Answer.REFUSED;
            case OPEN -> null;
        };
    }

    /** Beliefs after today's answers and silences. */
    public static void update(World w) {
        Setting s = w.setting();
        for (int qIndex = 0; qIndex < w.appeals().requestCount(); qIndex++) {
            Request q = w.appeals().request(qIndex);
            if (q.answeredDay() != w.day()) {
                continue;
            }
            boolean council = q.treaty() >= 0 && q.toCouncil() && s.rule(q.treaty()) == DecisionRule.CONSENSUS;
            Answer a = answer(q);
            w.minds().learn(q.requester(), Alliances.subjectOf(w, q), council ? w.treaties().leader(q.treaty()) : -1, Lessons.worth(a, s),
                    q.clarity() * Lessons.weight(q.ask(), a, s));
        }
        for (int cIndex = 0; cIndex < w.wars().conflictCount(); cIndex++) {
            silence(w, w.wars().conflict(cIndex));
        }
    }

    private static void silence(World w, Conflict c) {
        int victim = w.wars().principalDefender(c);
        if (c.fightingDays() == 0 || CasusFoederis.territorial(w, c, victim) < 1
                || w.day() - c.startDay() < w.whole(SILENCE_AFTER) || w.day() - c.lastFightingDay() > w.whole(SILENCE_WINDOW)
                || c.interveners() != 0 || c.allianceForce() > 0 || w.aid().defended(victim) || helped(w, victim, c.startDay())) {
            return;
        }
        Setting s = w.setting();
        for (int t = 0; t < s.treatyCount(); t++) {
            if (w.treaties().activeMember(t, victim) && s.military(t)) {
                int subject = Alliances.subject(w, t, victim);
                w.minds().setBelief(victim, subject, w.minds().belief(victim, subject) * (1 - w.k(SILENCE_RATE)));
            }
        }
    }

    private static boolean helped(World w, int victim, int since) {
        for (int mIndex = 0; mIndex < w.appeals().missionCount(); mIndex++) {
            Mission m = w.appeals().mission(mIndex);
            if (m.host() == victim && m.day() >= since) {
                return true;
            }
        }
        for (int qIndex = 0; qIndex < w.appeals().requestCount(); qIndex++) {
            Request q = w.appeals().request(qIndex);
            if (q.requester() == victim && q.day() >= since && q.status() == Request.Status.HONOURED) {
                return true;
            }
        }
        return false;
    }

}
