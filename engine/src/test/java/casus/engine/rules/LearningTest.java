package casus.engine.rules;

import static org.junit.jupiter.api.Assertions.assertNull;

import casus.engine.model.Lessons;

import casus.engine.model.Answer;

import static casus.engine.model.ModelConstant.LEADER_JUDGED_SHARE;
import static casus.engine.model.ModelConstant.LEARNING_CLARITY_FLOOR;
import static casus.engine.model.ModelConstant.LEARNING_RATE;
import static casus.engine.model.ModelConstant.OBSERVER_RATE;
import static casus.engine.model.ModelConstant.SILENCE_AFTER;
import static casus.engine.model.ModelConstant.SILENCE_RATE;
import static casus.engine.model.ModelConstant.SILENCE_WINDOW;
import static casus.engine.model.ModelConstant.WORTH_CONSULTATION;
import static casus.engine.model.ModelConstant.WORTH_PARTIAL;
import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.BORDER;
import static casus.engine.testing.TinySetting.CONSULTATION_ARTICLE;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.MBA;
import static casus.engine.testing.TinySetting.MILITARY_ARTICLE;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PACT;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Ask;
import casus.engine.model.ModelConstant;
import casus.engine.model.Obligation;
import casus.engine.testing.Constants;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Mission;
import casus.engine.world.Request;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** How beliefs in allies move with what the allies did. */
class LearningTest {

    static double k(ModelConstant c) {
        return Constants.k(c);
    }

    /** DEF's appeal to PAT under the pact for military help about an attack on HOME. */
    static Request toPatron(World w, Conflict c, double clarity) {
        return w.appeals().openRequest(DEF, PACT, PAT, MILITARY_ARTICLE, Obligation.MUTUAL_ASSISTANCE, Ask.MILITARY_AID, c.index(), clarity, 1);
    }

    /** The world after PAT answers DEF's appeal, made with some clarity, today. */
    static World answered(double clarity, Request.Status answer) {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.appeals().answer(toPatron(w, c, clarity), answer);
        Learning.update(w);
        return w;
    }

    // --- what an answer is worth ------------------------------------------------------------

    @Test
    void an_answer_shows_full_help_for_what_was_asked_a_little_for_less_and_nothing_for_a_refusal() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Request help = toPatron(w, c, 1);
        Request mission = toPatron(w, c, 1);
        Request refused = toPatron(w, c, 1);

        assertNull(Learning.answer(help), "an open appeal teaches nothing yet");
        w.appeals().answer(help, Request.Status.HONOURED);
        w.appeals().answer(mission, Request.Status.PARTIAL);
        w.appeals().answer(refused, Request.Status.REFUSED);

        assertEquals(1, Lessons.worth(Learning.answer(help), w.setting()));
        assertEquals(k(WORTH_PARTIAL), Lessons.worth(Learning.answer(mission), w.setting()));
        assertEquals(0, Lessons.worth(Learning.answer(refused), w.setting()));
    }

    @Test
    void a_kept_promise_of_talk_teaches_less_than_one_of_forces() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.minds().setBelief(DEF, PAT, 0.5);
        Request talk = w.appeals().openRequest(DEF, PACT, PAT, CONSULTATION_ARTICLE, Obligation.CONSULTATION, Ask.CONSULTATIONS, c.index(), 1, 1);
        w.advanceDay();
        w.appeals().answer(talk, Request.Status.HONOURED);

        Learning.update(w);

        assertEquals(k(WORTH_CONSULTATION), Lessons.weight(Ask.CONSULTATIONS, Answer.HONOURED, w.setting()));
        assertEquals(1, Lessons.weight(Ask.MILITARY_AID, Answer.HONOURED, w.setting()));
        assertEquals(1, Lessons.weight(Ask.CONSULTATIONS, Answer.REFUSED, w.setting()), "a refusal of talk teaches in full");
        assertEquals(0.5 + k(LEARNING_RATE) * k(WORTH_CONSULTATION) * 0.5, w.minds().belief(DEF, PAT), 1e-12, "moves up, and only a little");
    }

    // --- an answered appeal -----------------------------------------------------------------

    @Test
    void a_refused_appeal_lowers_belief() {
        World w = answered(0.5, Request.Status.REFUSED);

        assertTrue(w.minds().belief(DEF, PAT) < 0.5);
    }

    @Test
    void a_refused_appeal_lowers_belief_more_the_clearer_the_case() {
        double murky = answered(0.2, Request.Status.REFUSED).minds().belief(DEF, PAT);
        double clear = answered(1.0, Request.Status.REFUSED).minds().belief(DEF, PAT);

        assertTrue(clear < murky, "clear case " + clear + ", murky case " + murky);
        assertEquals(0.5 * (1 - k(LEARNING_RATE)), clear, 1e-12);
        assertEquals(0.5 * (1 - k(LEARNING_RATE) * 0.2), murky, 1e-12);
    }

    @Test
    void even_a_case_with_no_clarity_teaches_at_the_floor() {
        World w = answered(0, Request.Status.REFUSED);

        assertEquals(0.5 * (1 - k(LEARNING_RATE) * k(LEARNING_CLARITY_FLOOR)), w.minds().belief(DEF, PAT), 1e-12);
    }

    @Test
    void an_honoured_appeal_raises_belief() {
        World w = answered(1.0, Request.Status.HONOURED);

        assertEquals(0.5 + k(LEARNING_RATE) * 0.5, w.minds().belief(DEF, PAT), 1e-12);
    }

    @Test
    void a_mission_instead_of_help_counts_for_little() {
        double partial = answered(1.0, Request.Status.PARTIAL).minds().belief(DEF, PAT);

        assertEquals(0.5 + k(LEARNING_RATE) * (k(WORTH_PARTIAL) - 0.5), partial, 1e-12);
        assertTrue(partial > answered(1.0, Request.Status.REFUSED).minds().belief(DEF, PAT));
    }

    @Test
    void onlookers_learn_the_same_lesson_more_slowly() {
        World w = answered(1.0, Request.Status.REFUSED);

        assertEquals(0.5 * (1 - k(OBSERVER_RATE)), w.minds().belief(MBA, PAT), 1e-12);
        assertEquals(0.5 * (1 - k(OBSERVER_RATE)), w.minds().belief(ATK, PAT), 1e-12, "the attacker watches too");
        assertTrue(0.5 - w.minds().belief(MBA, PAT) < 0.5 - w.minds().belief(DEF, PAT));
    }

    @Test
    void nobody_learns_about_itself() {
        World w = answered(1.0, Request.Status.REFUSED);

        assertEquals(0.5, w.minds().belief(PAT, PAT), 1e-12);
    }

    @Test
    void only_todays_answers_teach() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.appeals().answer(toPatron(w, c, 1), Request.Status.REFUSED);
        Learning.update(w);
        double afterAnswer = w.minds().belief(DEF, PAT);

        w.advanceDay();
        Learning.update(w);

        assertEquals(afterAnswer, w.minds().belief(DEF, PAT), 1e-12);
    }

    @Test
    void a_council_refusal_lowers_belief_in_the_council_and_its_leader() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Request q = w.appeals().openRequest(DEF, BLOC, -1, MILITARY_ARTICLE, Obligation.COLLECTIVE_DEFENCE, Ask.MILITARY_AID, c.index(), 1, 1);
        w.appeals().answer(q, Request.Status.REFUSED);
        int council = w.setting().treatySubject(BLOC);
        assertEquals(PAT, w.treaties().leader(BLOC), "the strongest member leads");

        Learning.update(w);

        assertEquals(0.5 * (1 - k(LEARNING_RATE)), w.minds().belief(DEF, council), 1e-12);
        assertEquals(0.5 * (1 - k(LEADER_JUDGED_SHARE) * k(LEARNING_RATE)), w.minds().belief(DEF, PAT), 1e-12,
                "the leader is judged with its council, at its share of the rate");
        assertEquals(0.5 * (1 - k(LEADER_JUDGED_SHARE) * k(OBSERVER_RATE)), w.minds().belief(MBA, PAT), 1e-12);
        assertEquals(0.5, w.minds().belief(PAT, PAT), 1e-12, "the leader does not judge itself");
    }

    @Test
    void a_refusal_by_a_friend_outside_any_treaty_teaches_about_that_friend() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Request q = w.appeals().openRequest(DEF, -1, NEU, -1, Obligation.NONE, Ask.MILITARY_AID, c.index(), 1, 1);
        w.appeals().answer(q, Request.Status.REFUSED);

        Learning.update(w);

        assertEquals(0.5 * (1 - k(LEARNING_RATE)), w.minds().belief(DEF, NEU), 1e-12);
        assertEquals(0.5, w.minds().belief(DEF, PAT), 1e-12, "no leader is judged");
    }

    @Test
    void the_lesson_can_be_taught_directly() {
        World w = Worlds.tiny();
        int council = w.setting().treatySubject(BLOC);

        w.minds().learn(DEF, council, PAT, 1, 0.5);

        double rate = k(LEARNING_RATE) * 0.5;
        assertEquals(0.5 + rate * 0.5, w.minds().belief(DEF, council), 1e-12);
        assertEquals(0.5 + k(LEADER_JUDGED_SHARE) * rate * 0.5, w.minds().belief(DEF, PAT), 1e-12);
        assertEquals(0.5 + k(OBSERVER_RATE) * 0.5 * 0.5, w.minds().belief(NEU, council), 1e-12);
    }

    // --- silence ----------------------------------------------------------------------------

    /** A world in which ATK has fought over some regions on day 0 and it is now some days later. */
    static World afterFighting(int days, int... regions) {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, regions);
        w.wars().recordFighting(c);
        Worlds.passDays(w, days);
        return w;
    }

    @Test
    void silence_after_an_attack_on_recognised_territory_erodes_belief() {
        World w = afterFighting(Constants.whole(SILENCE_AFTER), HOME);

        Learning.update(w);

        assertEquals(0.5 * (1 - k(SILENCE_RATE)), w.minds().belief(DEF, PAT), 1e-12);
        assertEquals(0.5 * (1 - k(SILENCE_RATE)), w.minds().belief(DEF, w.setting().treatySubject(BLOC)), 1e-12);
        assertEquals(0.5, w.minds().belief(MBA, PAT), 1e-12, "only the victim hears the silence");
    }

    @Test
    void silence_teaches_day_after_day() {
        World w = afterFighting(Constants.whole(SILENCE_AFTER), HOME);

        Learning.update(w);
        w.advanceDay();
        Learning.update(w);

        assertEquals(0.5 * Math.pow(1 - k(SILENCE_RATE), 2), w.minds().belief(DEF, PAT), 1e-12);
    }

    @Test
    void silence_teaches_nothing_in_the_first_days() {
        World w = afterFighting(Constants.whole(SILENCE_AFTER) - 1, HOME);

        Learning.update(w);

        assertEquals(0.5, w.minds().belief(DEF, PAT), 1e-12);
    }

    @Test
    void silence_over_kin_territory_teaches_nothing() {
        World w = afterFighting(Constants.whole(SILENCE_AFTER), ENCLAVE);

        Learning.update(w);

        assertEquals(0.5, w.minds().belief(DEF, PAT), 1e-12);
    }

    @Test
    void silence_over_an_undemarcated_border_teaches_nothing() {
        World w = afterFighting(Constants.whole(SILENCE_AFTER), BORDER);

        Learning.update(w);

        assertEquals(0.5, w.minds().belief(DEF, PAT), 1e-12);
    }

    @Test
    void silence_after_an_incident_at_sea_teaches_nothing() {
        World w = Worlds.tiny();
        w.wars().recordFighting(Worlds.incident(w, DEF, 1));
        Worlds.passDays(w, Constants.whole(SILENCE_AFTER));

        Learning.update(w);

        assertEquals(0.5, w.minds().belief(DEF, PAT), 1e-12);
    }

    @Test
    void silence_before_any_fighting_teaches_nothing() {
        World w = Worlds.tiny();
        Worlds.attack(w, HOME);
        Worlds.passDays(w, Constants.whole(SILENCE_AFTER));

        Learning.update(w);

        assertEquals(0.5, w.minds().belief(DEF, PAT), 1e-12);
    }

    @Test
    void silence_long_after_the_last_fighting_teaches_nothing() {
        World w = afterFighting(Constants.whole(SILENCE_WINDOW) + 1, HOME);

        Learning.update(w);

        assertEquals(0.5, w.minds().belief(DEF, PAT), 1e-12);
    }

    @Test
    void a_mission_breaks_the_silence() {
        World w = afterFighting(Constants.whole(SILENCE_AFTER), HOME);
        w.appeals().sendMission(new Mission(BLOC, 0, DEF, 1));

        Learning.update(w);

        assertEquals(0.5, w.minds().belief(DEF, PAT), 1e-12);
    }

    @Test
    void an_ally_fighting_breaks_the_silence() {
        World w = afterFighting(Constants.whole(SILENCE_AFTER), HOME);
        w.wars().joinDefence(w.wars().conflict(0), PAT);

        Learning.update(w);

        assertEquals(0.5, w.minds().belief(DEF, PAT), 1e-12);
    }

    @Test
    void a_collective_deployment_breaks_the_silence() {
        World w = afterFighting(Constants.whole(SILENCE_AFTER), HOME);
        w.wars().addAllianceForce(w.wars().conflict(0), 10);

        Learning.update(w);

        assertEquals(0.5, w.minds().belief(DEF, PAT), 1e-12);
    }

    @Test
    void forces_stationed_to_deter_break_the_silence() {
        World w = afterFighting(Constants.whole(SILENCE_AFTER), HOME);
        w.aid().defend(DEF);

        Learning.update(w);

        assertEquals(0.5, w.minds().belief(DEF, PAT), 1e-12);
    }

    @Test
    void an_appeal_honoured_since_the_attack_breaks_the_silence_but_a_refused_one_does_not() {
        World helped = Worlds.tiny();
        Conflict c = Worlds.attack(helped, HOME);
        helped.wars().recordFighting(c);
        helped.appeals().answer(toPatron(helped, c, 1), Request.Status.HONOURED);
        World refused = Worlds.tiny();
        Conflict d = Worlds.attack(refused, HOME);
        refused.wars().recordFighting(d);
        refused.appeals().answer(toPatron(refused, d, 1), Request.Status.REFUSED);
        Worlds.passDays(helped, Constants.whole(SILENCE_AFTER));
        Worlds.passDays(refused, Constants.whole(SILENCE_AFTER));

        Learning.update(helped);
        Learning.update(refused);

        assertEquals(0.5, helped.minds().belief(DEF, PAT), 1e-12);
        assertEquals(0.5 * (1 - k(SILENCE_RATE)), refused.minds().belief(DEF, PAT), 1e-12);
    }
}
