package casus.engine.action;

import casus.engine.model.ModelConstant;
import casus.engine.testing.Constants;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.MBA;
import static casus.engine.testing.TinySetting.MILITARY_ARTICLE;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PACT;
import static casus.engine.testing.TinySetting.PAT;
import static casus.engine.testing.TinySetting.THD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.DeploymentKind;
import casus.engine.model.Obligation;
import casus.engine.model.SettingBuilder;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only legal options are ever built. */
class OptionsTest {

    /** An actor's decisions today. */
    static List<ChoiceSet> decisions(World w, int actor) {
        ChoiceSet[] pool = new ChoiceSet[16];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = new ChoiceSet();
        }
        int n = Options.build(w, actor, pool);
        return List.of(pool).subList(0, n);
    }

    /** The actions an actor is offered today, as keys such as {@code request:PACT:Art.1}. */
    static List<String> offered(World w, int actor) {
        List<String> keys = new ArrayList<>();
        for (ChoiceSet set : decisions(w, actor)) {
            for (int i = 0; i < set.size(); i++) {
                keys.add(set.action(i).key(w.setting()));
            }
        }
        return keys;
    }

    @Test
    void nobody_decides_anything_in_peace_but_whether_to_suspend() {
        World w = Worlds.tiny();

        assertEquals(List.of("pass:appeal:BLOC", "suspend:BLOC"), offered(w, DEF));
        assertEquals(List.of(), offered(w, PAT), "the leader of a council does not suspend its part in it");
        assertEquals(List.of(), offered(w, NEU));
    }

    @Test
    void a_threatened_member_may_appeal_under_every_article_of_its_treaties() {
        World w = Worlds.tiny();
        Worlds.attack(w, HOME);
        w.advanceDay();

        List<String> keys = offered(w, DEF);

        assertTrue(keys.containsAll(List.of("request:PACT:Art.1", "request:PACT:Art.2", "request:BLOC:Art.4", "request:BLOC:Art.2")), keys.toString());
    }

    @Test
    void an_article_is_appealed_under_once() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.openRequest(DEF, PACT, MILITARY_ARTICLE, Obligation.MUTUAL_ASSISTANCE, c.index(), 1);
        w.advanceDay();

        List<String> keys = offered(w, DEF);

        assertFalse(keys.contains("request:PACT:Art.1"), keys.toString());
        assertTrue(keys.contains("request:PACT:Art.2"), keys.toString());
    }

    @Test
    void a_suspended_member_neither_appeals_nor_suspends_again() {
        World w = Worlds.tiny();
        Worlds.attack(w, HOME);
        w.suspend(BLOC, DEF);

        List<String> keys = offered(w, DEF);

        assertTrue(keys.stream().noneMatch(k -> k.contains("BLOC")), keys.toString());
        assertTrue(keys.contains("request:PACT:Art.1"), "its bilateral treaty still stands");
    }

    @Test
    void the_ally_answers_a_bilateral_appeal_from_the_next_day() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Request q = w.openRequest(DEF, PACT, MILITARY_ARTICLE, Obligation.MUTUAL_ASSISTANCE, c.index(), 1);
        assertTrue(offered(w, PAT).stream().noneMatch(k -> k.endsWith(":R" + q.index())));

        w.advanceDay();

        List<String> keys = offered(w, PAT);
        assertTrue(keys.containsAll(List.of("honour:R0", "consult:R0", "decline:R0")), keys.toString());
        assertTrue(offered(w, MBA).stream().noneMatch(k -> k.endsWith(":R0")), "not a party to the treaty");
    }

    @Test
    void an_appeal_for_consultations_cannot_be_honoured_with_forces() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.openRequest(DEF, PACT, 1, Obligation.CONSULTATION, c.index(), 1);
        w.advanceDay();

        List<String> keys = offered(w, PAT);

        assertFalse(keys.contains("honour:R0"), keys.toString());
        assertTrue(keys.contains("consult:R0"), keys.toString());
    }

    @Test
    void only_the_attacker_attacks_and_not_on_the_day_it_launched() {
        World w = Worlds.tiny();
        Worlds.attack(w, HOME);
        assertTrue(offered(w, ATK).stream().noneMatch(k -> k.startsWith("attack")));

        w.advanceDay();

        assertTrue(offered(w, ATK).containsAll(List.of("hold", "attack:C0:high", "attack:C0:low")));
        for (int a = 1; a < TinySetting.ACTORS; a++) {
            assertTrue(offered(w, a).stream().noneMatch(k -> k.startsWith("attack")), "actor " + a);
        }
    }

    @Test
    void only_peacekeepers_on_the_spot_may_fight_for_the_defenders() {
        World w = Worlds.tiny();
        w.deploy(new Presence(PAT, -1, ENCLAVE, -1, 2000, DeploymentKind.PEACEKEEPERS, 0));
        Worlds.attack(w, ENCLAVE);
        w.advanceDay();

        assertTrue(offered(w, PAT).contains("intervene:C0"));
        assertTrue(offered(w, THD).stream().noneMatch(k -> k.startsWith("intervene")));
    }

    @Test
    void a_mediator_needs_fighting_and_standing_with_both_sides() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.advanceDay();
        assertFalse(offered(w, NEU).contains("mediate:C0"), "no mediation before any fighting");

        w.recordFighting(c);

        assertTrue(offered(w, NEU).contains("mediate:C0"));
        assertTrue(offered(w, NEU).contains("mediate-pk:C0"), "NEU can spare peacekeepers");
        assertFalse(offered(w, ATK).contains("mediate:C0"), "a party does not mediate");
        assertFalse(offered(w, DEF).contains("mediate:C0"), "a party does not mediate");
    }

    @Test
    void a_mediator_leaning_too_far_to_one_side_has_no_standing() {
        SettingBuilder b = TinySetting.builder();
        b.alignment[NEU][ATK] = 0.9;
        World w = Worlds.of(b);
        w.recordFighting(Worlds.attack(w, HOME));
        w.advanceDay();

        assertFalse(offered(w, NEU).contains("mediate:C0"));
    }

    @Test
    void a_close_partner_of_a_belligerent_may_arm_it() {
        World w = Worlds.tiny();
        Worlds.attack(w, HOME);
        w.advanceDay();

        assertTrue(offered(w, THD).contains("arm:ATK"));
        w.startSupport(THD, ATK);
        assertFalse(offered(w, THD).contains("arm:ATK"), "once is enough");
    }

    @Test
    void only_the_parties_answer_a_ceasefire_proposal_from_the_next_day() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Proposal p = w.propose(NEU, c.index(), false);
        assertFalse(offered(w, ATK).contains("accept:P0"));

        w.advanceDay();

        assertTrue(offered(w, ATK).containsAll(List.of("accept:P0", "reject:P0")));
        assertTrue(offered(w, DEF).contains("accept:P0"));
        assertFalse(offered(w, NEU).contains("accept:P0"));
        assertFalse(offered(w, PAT).contains("accept:P0"));
        w.accept(p, ATK);
        assertFalse(offered(w, ATK).contains("accept:P0"), "accepted once");
    }

    @Test
    void a_member_that_doubts_its_allies_may_turn_to_a_partner_outside_them() {
        SettingBuilder b = TinySetting.builder();
        b.belief[DEF][b.subject("BLOC")] = Constants.k(ModelConstant.REALIGN_BELIEF) - 0.1;
        World w = Worlds.of(b);

        assertTrue(offered(w, DEF).contains("realign:NEU"));
        assertFalse(offered(w, DEF).contains("realign:PAT"), "not toward a partner in its own treaties");
    }

    @Test
    void a_fallen_regime_decides_nothing() {
        World w = Worlds.tiny();
        Worlds.attack(w, HOME);
        w.advanceDay();
        w.regimeFalls(DEF);

        assertEquals(List.of(), decisions(w, DEF));
    }
}
