package casus.engine.rules;

import casus.engine.model.ModelConstant;
import casus.engine.testing.Constants;

import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.MBA;
import static casus.engine.testing.TinySetting.MILITARY_ARTICLE;
import static casus.engine.testing.TinySetting.PACT;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Obligation;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Mission;
import casus.engine.world.Request;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** How beliefs in allies move with what the allies did. */
class LearningTest {

    /** DEF's belief in PAT after PAT answers its appeal, made with some clarity, today. */
    static World answered(double clarity, Request.Status answer) {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Request q = w.openRequest(DEF, PACT, MILITARY_ARTICLE, Obligation.MUTUAL_ASSISTANCE, c.index(), clarity);
        w.answer(q, answer);
        Learning.update(w);
        return w;
    }

    @Test
    void a_refused_appeal_lowers_belief() {
        World w = answered(0.5, Request.Status.REFUSED);

        assertTrue(w.belief(DEF, PAT) < 0.5);
    }

    @Test
    void a_refused_appeal_lowers_belief_more_the_clearer_the_case() {
        double murky = answered(0.2, Request.Status.REFUSED).belief(DEF, PAT);
        double clear = answered(1.0, Request.Status.REFUSED).belief(DEF, PAT);

        assertTrue(clear < murky, "clear case " + clear + ", murky case " + murky);
        assertEquals(0.5 * (1 - Constants.k(ModelConstant.LEARNING_RATE)), clear, 1e-12);
    }

    @Test
    void an_honoured_appeal_raises_belief() {
        World w = answered(1.0, Request.Status.HONOURED);

        assertEquals(0.5 + Constants.k(ModelConstant.LEARNING_RATE) * 0.5, w.belief(DEF, PAT), 1e-12);
    }

    @Test
    void a_mission_instead_of_help_counts_for_little() {
        double partial = answered(1.0, Request.Status.PARTIAL).belief(DEF, PAT);

        assertTrue(partial < 0.5 && partial > answered(1.0, Request.Status.REFUSED).belief(DEF, PAT));
    }

    @Test
    void onlookers_learn_less_than_the_one_who_asked() {
        World w = answered(1.0, Request.Status.REFUSED);

        double asked = 0.5 - w.belief(DEF, PAT);
        double looked = 0.5 - w.belief(MBA, PAT);
        assertTrue(looked > 0);
        assertTrue(looked < asked);
    }

    @Test
    void only_todays_answers_teach() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Request q = w.openRequest(DEF, PACT, MILITARY_ARTICLE, Obligation.MUTUAL_ASSISTANCE, c.index(), 1);
        w.answer(q, Request.Status.REFUSED);
        Learning.update(w);
        double afterAnswer = w.belief(DEF, PAT);

        w.advanceDay();
        Learning.update(w);

        assertEquals(afterAnswer, w.belief(DEF, PAT), 1e-12);
    }

    @Test
    void a_council_refusal_lowers_belief_in_the_council_and_its_leader() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Request q = w.openRequest(DEF, BLOC, MILITARY_ARTICLE, Obligation.COLLECTIVE_DEFENCE, c.index(), 1);
        w.answer(q, Request.Status.REFUSED);
        int council = w.setting().treatySubject(BLOC);

        Learning.update(w);

        assertEquals(0.5 * (1 - Constants.k(ModelConstant.LEARNING_RATE)), w.belief(DEF, council), 1e-12);
        assertEquals(0.5 * (1 - Constants.k(ModelConstant.LEARNING_RATE) / 2), w.belief(DEF, PAT), 1e-12, "the leader is judged with its council, at half the rate");
    }

    /** A world in which ATK has fought over some regions on day 0 and it is now some days later. */
    static World afterFighting(int days, int... regions) {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, regions);
        w.recordFighting(c);
        Worlds.passDays(w, days);
        return w;
    }

    @Test
    void silence_after_an_attack_on_recognised_territory_erodes_belief() {
        World w = afterFighting(Constants.whole(ModelConstant.SILENCE_AFTER), HOME);

        Learning.update(w);

        assertEquals(0.5 * (1 - Constants.k(ModelConstant.SILENCE_RATE)), w.belief(DEF, PAT), 1e-12);
        assertEquals(0.5 * (1 - Constants.k(ModelConstant.SILENCE_RATE)), w.belief(DEF, w.setting().treatySubject(BLOC)), 1e-12);
    }

    @Test
    void silence_teaches_nothing_in_the_first_days() {
        World w = afterFighting(Constants.whole(ModelConstant.SILENCE_AFTER) - 1, HOME);

        Learning.update(w);

        assertEquals(0.5, w.belief(DEF, PAT), 1e-12);
    }

    @Test
    void silence_over_kin_territory_teaches_nothing() {
        World w = afterFighting(Constants.whole(ModelConstant.SILENCE_AFTER), ENCLAVE);

        Learning.update(w);

        assertEquals(0.5, w.belief(DEF, PAT), 1e-12);
    }

    @Test
    void silence_long_after_the_last_fighting_teaches_nothing() {
        World w = afterFighting(Constants.whole(ModelConstant.SILENCE_WINDOW) + 1, HOME);

        Learning.update(w);

        assertEquals(0.5, w.belief(DEF, PAT), 1e-12);
    }

    @Test
    void a_mission_breaks_the_silence() {
        World w = afterFighting(Constants.whole(ModelConstant.SILENCE_AFTER), HOME);
        w.sendMission(new Mission(BLOC, 0, DEF, 1));

        Learning.update(w);

        assertEquals(0.5, w.belief(DEF, PAT), 1e-12);
    }

    @Test
    void an_ally_fighting_breaks_the_silence() {
        World w = afterFighting(Constants.whole(ModelConstant.SILENCE_AFTER), HOME);
        w.joinDefence(w.conflict(0), PAT);

        Learning.update(w);

        assertEquals(0.5, w.belief(DEF, PAT), 1e-12);
    }
}
