package casus.engine.rules;

import casus.engine.choice.Alliances;
import casus.engine.model.Article;
import casus.engine.model.DecisionRule;
import casus.engine.model.Obligation;
import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.Mission;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * How beliefs in allies move. An answered appeal moves the one who asked toward what it got (full
 * help counts 1, a mission or talk a little, a refusal 0), the more the clearer its case was;
 * everyone else learns the same lesson more slowly. The leader of a council is judged with the
 * council. When a member's recognised territory is attacked and its allies do nothing, it learns
 * from their silence, day by day.
 */
public final class Learning {
    /** How far the one who asked moves toward what it got. */
    public static final double RATE = 0.6;
    /** How far onlookers move. */
    public static final double OBSERVER_RATE = 0.2;
    /** Share of belief lost per day of allied silence after an attack on recognised territory. */
    public static final double SILENCE_RATE = 0.04;
    /** Days of silence tolerated before it teaches anything. */
    public static final int SILENCE_AFTER = 3;
    /** Days after the last fighting during which silence still teaches. */
    public static final int SILENCE_WINDOW = 21;

    private Learning() {
    }

    /** What an answer was worth to the one who asked, 0 to 1. */
    public static double worth(Request q) {
        return switch (q.status()) {
            case HONOURED -> q.obligation() == Obligation.CONSULTATION ? 0.2 : 1.0;
            case PARTIAL -> 0.3;
            case REFUSED -> 0.0;
            case OPEN -> Double.NaN;
        };
    }

    /** Beliefs after today's answers and silences. */
    public static void update(World w) {
        Setting s = w.setting();
        for (int qIndex = 0; qIndex < w.requestCount(); qIndex++) {
            Request q = w.request(qIndex);
            if (q.answeredDay() != w.day()) {
                continue;
            }
            double got = worth(q);
            int subject = Alliances.subject(w, q.treaty(), q.requester());
            double weight = Math.max(0.1, q.clarity());
            for (int h = 0; h < w.actorCount(); h++) {
                double rate = (h == q.requester() ? RATE : OBSERVER_RATE) * weight;
                move(w, h, subject, got, rate);
                if (s.rule(q.treaty()) == DecisionRule.CONSENSUS) {
                    int leader = w.leader(q.treaty());
                    if (leader >= 0 && leader != h) {
                        move(w, h, leader, got, 0.5 * rate);
                    }
                }
            }
        }
        for (int cIndex = 0; cIndex < w.conflictCount(); cIndex++) {
            Conflict c = w.conflict(cIndex);
            silence(w, c);
        }
    }

    private static void move(World w, int holder, int subject, double toward, double rate) {
        double b = w.belief(holder, subject);
        w.setBelief(holder, subject, b + rate * (toward - b));
    }

    private static void silence(World w, Conflict c) {
        int victim = w.principalDefender(c);
        if (c.fightingDays() == 0 || CasusFoederis.territorial(w, c, victim) < 1
                || w.day() - c.startDay() < SILENCE_AFTER || w.day() - c.lastFightingDay() > SILENCE_WINDOW
                || c.interveners() != 0 || c.allianceForce() > 0 || helped(w, victim, c.startDay())) {
            return;
        }
        Setting s = w.setting();
        for (int t = 0; t < s.treatyCount(); t++) {
            if (w.activeMember(t, victim) && military(s, t)) {
                int subject = Alliances.subject(w, t, victim);
                w.setBelief(victim, subject, w.belief(victim, subject) * (1 - SILENCE_RATE));
            }
        }
    }

    private static boolean helped(World w, int victim, int since) {
        for (int mIndex = 0; mIndex < w.missionCount(); mIndex++) {
            Mission m = w.mission(mIndex);
            if (m.host() == victim && m.day() >= since) {
                return true;
            }
        }
        for (int qIndex = 0; qIndex < w.requestCount(); qIndex++) {
            Request q = w.request(qIndex);
            if (q.requester() == victim && q.day() >= since && q.status() == Request.Status.HONOURED) {
                return true;
            }
        }
        return false;
    }

    private static boolean military(Setting s, int t) {
        for (Article a : s.articles(t)) {
            if (a.obligation().military()) {
                return true;
            }
        }
        return false;
    }
}
