package casus.engine.event;

import casus.engine.model.Setting;
import casus.engine.model.EventKind;
import casus.engine.model.EventDef;
import static casus.engine.testing.Constants.k;
import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.MILITARY_ARTICLE;
import static casus.engine.testing.TinySetting.PACT;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceKind;
import casus.engine.action.ChoiceSet;
import casus.engine.model.Ask;
import casus.engine.model.ModelConstant;
import casus.engine.model.Packages;
import casus.engine.model.SettingBuilder;
import casus.engine.model.Term;
import casus.engine.testing.Acts;
import casus.engine.testing.Choices;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Request;
import casus.engine.world.World;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The reasons a chronicle gives for a decision: the weighted terms that set it apart. */
class NarrativeTest {
    private static final Pattern REASON = Pattern.compile("([a-zA-Z ]+) ([+\u2212])(\\d+\\.\\d\\d)");

    /** PAT's answer to DEF's appeal about the enclave, with honour and decline as the options. */
    static ChoiceSet honourOrDecline(World w) {
        Conflict c = Worlds.attack(w, ENCLAVE);
        Request q = Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index());
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.RESPONSE, PAT, q.index());
        set.add(ActionKind.HONOUR, DEF, q.index(), PACT, MILITARY_ARTICLE, 0);
        set.add(ActionKind.DECLINE, DEF, q.index(), PACT, MILITARY_ARTICLE, 0);
        return Choices.appraised(w, set);
    }

    @Test
    void reasons_name_the_term_that_weighed_most_first() {
        SettingBuilder b = TinySetting.builder();
        b.committed[PAT] = 0.9;
        World w = Worlds.of(b);
        ChoiceSet set = honourOrDecline(w);

        String reasons = Narrative.reasons(w, set, 1);

        assertTrue(reasons.startsWith("over honour: forces committed elsewhere " + Narrative.signed(k(ModelConstant.COST_CAP))), reasons);
    }

    @Test
    void reasons_name_at_most_three_terms_largest_first() {
        SettingBuilder b = TinySetting.builder();
        b.committed[PAT] = 0.9;
        World w = Worlds.of(b);
        ChoiceSet set = honourOrDecline(w);

        String reasons = Narrative.reasons(w, set, 1);

        Matcher m = REASON.matcher(reasons);
        int named = 0;
        double previous = Double.MAX_VALUE;
        while (m.find()) {
            double size = Double.parseDouble(m.group(3));
            assertTrue(size <= previous, "not largest first: " + reasons);
            previous = size;
            named++;
        }
        assertEquals(Narrative.REASONS, named, reasons);
    }

    @Test
    void the_cost_term_is_called_by_its_own_name_when_little_is_committed_elsewhere() {
        SettingBuilder b = TinySetting.builder();
        b.committed[PAT] = 0.1;
        b.power[ATK] = 400;
        World w = Worlds.of(b);
        ChoiceSet set = honourOrDecline(w);

        String reasons = Narrative.reasons(w, set, 1);

        assertTrue(reasons.contains(Term.COST.label()), reasons);
        assertTrue(!reasons.contains("forces committed elsewhere"), reasons);
    }

    @Test
    void reasons_name_the_actor_whose_relation_weighed_most() {
        SettingBuilder b = TinySetting.builder();
        TinySetting.onlyWeighs(b, PAT, Term.RELATIONS);
        b.interdependence[PAT][ATK] = 0.8;
        World w = Worlds.of(b);
        Conflict c = Worlds.attack(w, ENCLAVE);
        Request q = Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index());
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.RESPONSE, PAT, q.index());
        set.add(ActionKind.CONSULT, DEF, q.index(), PACT, MILITARY_ARTICLE, 0);
        set.add(ActionKind.DECLINE, DEF, q.index(), PACT, MILITARY_ARTICLE, 0);
        Choices.appraised(w, set);

        // decline: DEF -decline_stance, ATK +decline_attacker_approval; consult instead of forces: DEF -consult_disappointment,
        // ATK -consult_attacker_stance; each times PAT's interdependence with them
        double decline = -k(ModelConstant.DECLINE_STANCE) * b.interdependence[PAT][DEF] + k(ModelConstant.DECLINE_ATTACKER_APPROVAL) * b.interdependence[PAT][ATK];
        double consult = -k(ModelConstant.CONSULT_DISAPPOINTMENT) * b.interdependence[PAT][DEF]
                - k(ModelConstant.CONSULT_ATTACKER_STANCE) * b.interdependence[PAT][ATK];
        assertEquals("over consult: relations with ATK " + Narrative.signed(decline - consult), Narrative.reasons(w, set, 1));
    }

    @Test
    void reasons_say_so_when_nothing_sets_the_options_apart() {
        SettingBuilder b = TinySetting.builder();
        java.util.Arrays.fill(b.weights[PAT], 0);
        World w = Worlds.of(b);
        ChoiceSet set = honourOrDecline(w);

        assertEquals("over honour: nothing to choose between them", Narrative.reasons(w, set, 1));
    }

    @Test
    void an_action_is_told_as_a_predicate_naming_the_treaty_and_article() {
        World w = Worlds.tiny();
        ChoiceSet set = honourOrDecline(w);

        assertEquals("declines DEF's appeal for military help under PACT Art.1", Narrative.action(w, set, 1));
        assertEquals("honours DEF's appeal for military help under PACT Art.1 and sends forces", Narrative.action(w, set, 0));
    }

    /** What an action of the first option of a decision is told as. */
    static String told(World w, ChoiceSet set) {
        return Narrative.action(w, set, 0);
    }

    @Test
    void an_appeal_is_told_with_whom_it_asks_for_what_and_about_which_crisis() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);

        assertEquals("asks PAT under PACT Art.1 for military help in the war over the home province",
                told(w, Choices.request(w, DEF, PACT, MILITARY_ARTICLE, c.index())));
        assertEquals("asks BLOC Art.4 for a defensive deployment in the war over the home province",
                told(w, Choices.request(w, DEF, BLOC, MILITARY_ARTICLE, c.index(), Ask.DEFENSIVE_DEPLOYMENT)));
        assertEquals("asks NEU for economic help against its crisis at home", told(w, Choices.requestOutside(w, DEF, NEU, -1, Ask.RESCUE)));
    }

    @Test
    void a_proposal_is_told_with_its_terms_and_to_whom_when_a_party_makes_it() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);

        assertEquals("proposes a ceasefire in the home province: the lines as they stand", told(w, Choices.mediate(w, NEU, c, Packages.FREEZE)));
        assertEquals("proposes a ceasefire to ATK in the home province: the lines as they stand", told(w, Choices.mediate(w, DEF, c, Packages.FREEZE)));
    }

    @Test
    void fire_back_backing_and_a_crackdown_are_told_by_what_they_do() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.regimes().setUnrest(DEF, 0.5, 0);

        assertEquals("fires back at ATK", told(w, Choices.fireBack(w, c, k(ModelConstant.ATTACK_LOW))));
        assertEquals("publicly backs the government of Defender", told(w, Choices.diplomacy(w, PAT, ActionKind.BACK, DEF, -1)));
        assertEquals("orders its security forces against the unrest", told(w, Choices.domestic(w, DEF, ActionKind.CRACK_DOWN)));

        SettingBuilder b = TinySetting.builder();
        b.deFacto[DEF] = true;
        World recognised = Worlds.of(b);
        recognised.regimes().setCommunal(HOME, 0.5);
        assertEquals("recognises Defender", told(recognised, Choices.diplomacy(recognised, PAT, ActionKind.BACK, DEF, -1)));
        assertEquals("orders its security forces against the violence", told(recognised, Choices.domestic(recognised, DEF, ActionKind.CRACK_DOWN)));
    }

    @Test
    void a_ceasefire_in_force_is_told_as_brokered_or_agreed_between_the_parties() {
        World w = Worlds.tiny();
        Worlds.attack(w, HOME);

        assertEquals("ceasefire in force between ATK and DEF, brokered by NEU, with NEU peacekeepers",
                Narrative.sentence(w, new CeasefireInForce(0, 0, 0, NEU, ATK, DEF, false, NEU)));
        assertEquals("ceasefire in force between ATK and DEF, agreed between them",
                Narrative.sentence(w, new CeasefireInForce(0, 0, 0, DEF, ATK, DEF, true, -1)));
    }

    @Test
    void an_events_own_text_is_told_as_written() {
        Setting s = TinySetting.setting();

        assertEquals("drones arrive", Narrative.event(s, new EventDef("e", 0, EventKind.ARMS_SUPPLY, TinySetting.ATK, new int[0], 0, 0, 0.3, 0,
                "drones arrive")));
    }

    @Test
    void an_event_without_text_is_described() {
        Setting s = TinySetting.setting();

        assertEquals("ATK begins an offensive on the home province, the security belt", Narrative.event(s,
                new EventDef("e", 0, EventKind.OFFENSIVE, TinySetting.ATK, new int[] {TinySetting.HOME, TinySetting.BELT}, 1, 1, 0, 0, "")));
        assertEquals("PAT now has 80% of its forces committed elsewhere", Narrative.event(s,
                new EventDef("e", 0, EventKind.FORCES_REDEPLOYED, TinySetting.PAT, new int[0], 0, 0, 0.8, 0, "")));
    }
}
