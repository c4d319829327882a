package casus.engine.run;

import static casus.engine.testing.Constants.k;
import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.MBA;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.action.ChoiceSet;
import casus.engine.event.CeasefireInForce;
import casus.engine.model.DeploymentDef;
import casus.engine.model.DeploymentKind;
import casus.engine.model.EventDef;
import casus.engine.model.EventKind;
import casus.engine.model.ModelConstant;
import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import casus.engine.rules.Council;
import casus.engine.testing.EventLog;
import casus.engine.testing.TinySetting;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What chosen actions do, through a whole tick of the simulation: every state is at a person's
 * controls, holds still unless the script of the day names an option for it, and the option is
 * named by its decision's key and its own, as a player names it.
 */
class EffectsTest {

    /** People at every state's controls who do what the day's script says and otherwise hold still. */
    static final class Script implements Commands {
        private final Map<String, String> today = new HashMap<>();
        private final List<String> missed = new ArrayList<>();

        /** Tomorrow's tick: {@code actor} chooses {@code option} in its decision {@code decision}. */
        Script then(int actor, String decision, String option) {
            today.put(actor + "/" + decision, option);
            return this;
        }

        /** Ticks once, and fails unless every option the script named was offered and chosen. */
        void tick(Simulation sim) {
            sim.tick(this);
            for (String k : today.keySet()) {
                missed.add(k + " -> " + today.get(k));
            }
            String offered = missed.isEmpty() ? "" : offered(sim);
            assertTrue(missed.isEmpty(), "not offered on day " + (sim.day() - 1) + ": " + missed + offered);
            today.clear();
        }

        private String offered(Simulation sim) {
            StringBuilder b = new StringBuilder();
            for (int a = 0; a < sim.setting().actorCount(); a++) {
                for (ChoiceSet set : sim.decisions(a)) {
                    b.append("\n  ").append(sim.setting().actorId(a)).append(' ').append(set.key(sim.setting())).append(':');
                    for (int i = 0; i < set.size(); i++) {
                        b.append(' ').append(set.action(i).key(sim.setting()));
                    }
                }
            }
            return b.toString();
        }

        @Override
        public boolean controls(int actor) {
            return true;
        }

        @Override
        public int choice(ChoiceSet set, Setting setting) {
            String option = today.remove(set.actor() + "/" + set.key(setting));
            if (option == null) {
                return -1;
            }
            for (int i = 0; i < set.size(); i++) {
                if (set.action(i).key(setting).equals(option)) {
                    return i;
                }
            }
            missed.add(set.actor() + "/" + set.key(setting) + " -> " + option);
            return -1;
        }

        @Override
        public boolean agentStandsIn(int actor) {
            return false;
        }
    }

    static Simulation run(SettingBuilder b) {
        return new Simulation(b.build(), 1, Recorder.NONE);
    }

    /** ATK's offensive on the home province at full intensity on day 0. */
    static SettingBuilder war() {
        SettingBuilder b = TinySetting.builder();
        TinySetting.offensive(b, "offensive", 0, 1.0, HOME);
        return b;
    }

    /** Unrest against DEF's government from day 0. */
    static SettingBuilder unrest(double level, double attribution) {
        SettingBuilder b = TinySetting.builder();
        b.events.add(new EventDef("unrest", 0, EventKind.UNREST, DEF, new int[0], level, 0, 0, attribution, ""));
        return b;
    }

    /** The tick on day 0 with everyone holding still, after which the war has been fought a day. */
    static Simulation foughtADay(SettingBuilder b) {
        Simulation sim = run(b);
        new Script().tick(sim);
        return sim;
    }

    @Test
    void accepting_holds_the_attackers_fire_and_attacking_withdraws_the_acceptance() {
        Simulation sim = foughtADay(war());
        World w = sim.world();
        Conflict c = w.wars().conflict(0);
        Script script = new Script();
        script.then(NEU, "diplomacy", "mediate:C0:freeze").then(ATK, "posture:C0", "attack:C0:high").tick(sim);
        assertEquals(1, w.talks().proposalCount());
        Proposal p = w.talks().proposal(0);
        assertEquals(k(ModelConstant.ATTACK_HIGH), c.intensity(), 1e-12);

        script.then(ATK, "posture:C0", "accept:P0").tick(sim);
        assertTrue(p.acceptedBy(ATK));
        assertEquals(0, c.intensity(), 1e-12, "an attacker that accepts holds its fire");
        assertEquals(1, c.lastFightingDay(), "nobody fought on the day it accepted");

        script.then(ATK, "posture:C0", "attack:C0:low").tick(sim);
        assertTrue(p.open());
        assertFalse(p.acceptedBy(ATK), "fighting on withdraws the acceptance");
        assertEquals(k(ModelConstant.ATTACK_LOW), c.intensity(), 1e-12);
    }

    @Test
    void the_defender_that_accepts_stops_firing_back() {
        Simulation sim = foughtADay(war());
        World w = sim.world();
        Conflict c = w.wars().conflict(0);
        Script script = new Script();
        script.then(NEU, "diplomacy", "mediate:C0:freeze").then(DEF, "posture:C0", "fire-back:C0").tick(sim);
        assertEquals(k(ModelConstant.ATTACK_LOW), c.counterIntensity(), 1e-12);
        assertTrue(w.wars().firedBack(DEF));

        script.then(DEF, "posture:C0", "accept:P0").tick(sim);

        assertTrue(w.talks().proposal(0).acceptedBy(DEF));
        assertEquals(0, c.counterIntensity(), 1e-12);
    }

    @Test
    void a_ceasefire_both_parties_accept_is_in_force_with_its_mediator_as_broker() {
        EventLog log = new EventLog();
        Simulation sim = new Simulation(war().build(), 1, log);
        Script script = new Script();
        script.tick(sim);
        script.then(NEU, "diplomacy", "mediate:C0:freeze").then(ATK, "posture:C0", "attack:C0:low").tick(sim);

        script.then(ATK, "posture:C0", "accept:P0").then(DEF, "posture:C0", "accept:P0").tick(sim);

        Conflict c = sim.world().wars().conflict(0);
        assertEquals(Conflict.Phase.CEASEFIRE, c.phase());
        assertEquals(NEU, c.broker());
        assertFalse(c.direct());
        assertEquals(NEU, log.of(CeasefireInForce.class).get(0).proposer());
        assertEquals("NEU", sim.outcome().brokerId(sim.setting()));
    }

    @Test
    void terms_one_party_proposes_are_in_force_once_the_other_accepts_agreed_between_them() {
        Simulation sim = foughtADay(war());
        World w = sim.world();
        Script script = new Script();
        script.then(DEF, "diplomacy", "mediate:C0:freeze").then(ATK, "posture:C0", "attack:C0:low").tick(sim);
        Proposal p = w.talks().proposal(0);
        assertTrue(p.direct());
        assertTrue(p.acceptedBy(DEF), "who proposes terms stands by them");

        script.then(ATK, "posture:C0", "accept:P0").tick(sim);

        Conflict c = w.wars().conflict(0);
        assertEquals(Conflict.Phase.CEASEFIRE, c.phase());
        assertTrue(c.direct());
        assertEquals(Outcome.DIRECT, sim.outcome().broker());
        assertEquals("direct", sim.outcome().brokerId(sim.setting()));
    }

    @Test
    void an_attacker_that_proposes_terms_after_the_days_fighting_stands_by_them_from_then_on() {
        Simulation sim = foughtADay(war());
        World w = sim.world();

        new Script().then(ATK, "posture:C0", "attack:C0:high").then(ATK, "diplomacy", "mediate:C0:freeze").tick(sim);

        assertTrue(w.talks().proposal(0).acceptedBy(ATK), "its own terms stand accepted");
        assertEquals(w.k(ModelConstant.ATTACK_HIGH), w.wars().conflict(0).intensity(), 1e-12, "today's attack was already under way");

        new Script().then(ATK, "posture:C0", "attack:C0:high").tick(sim);

        assertFalse(w.talks().proposal(0).acceptedBy(ATK), "attacking again withdraws what it offered");
    }

    @Test
    void peacekeepers_who_fight_take_up_arms_as_forces_and_join_the_defence() {
        SettingBuilder b = TinySetting.builder();
        b.deployments.add(new DeploymentDef(PAT, ENCLAVE, 2000, DeploymentKind.PEACEKEEPERS));
        TinySetting.offensive(b, "offensive", 0, 1.0, ENCLAVE);
        Simulation sim = run(b);
        World w = sim.world();
        assertEquals(2000, w.military().peacekeepers(PAT, ENCLAVE));

        new Script().then(PAT, "posture:C0", "intervene:C0").tick(sim);

        assertTrue((w.wars().conflict(0).interveners() & (1L << PAT)) != 0);
        assertEquals(0, w.military().peacekeepers(PAT, ENCLAVE));
        Presence p = w.military().presence(0);
        assertEquals(new Presence(PAT, -1, ENCLAVE, -1, 2000, DeploymentKind.FORCES, 0), p, "they stay, as combat forces, from the day they fought");
    }

    @Test
    void an_ally_that_honours_an_appeal_with_its_peacekeepers_on_the_spot_has_them_take_up_arms() {
        SettingBuilder b = TinySetting.builder();
        b.deployments.add(new DeploymentDef(PAT, ENCLAVE, 2000, DeploymentKind.PEACEKEEPERS));
        TinySetting.offensive(b, "offensive", 0, 1.0, ENCLAVE);
        Simulation sim = run(b);
        World w = sim.world();
        Script script = new Script();
        script.then(DEF, "appeal:PACT", "request:PACT:Art.1:military-aid").tick(sim);

        script.then(PAT, "response:R0", "honour:R0").tick(sim);

        assertEquals(Request.Status.HONOURED, w.appeals().request(0).status());
        assertTrue((w.wars().conflict(0).interveners() & (1L << PAT)) != 0);
        assertEquals(0, w.military().peacekeepers(PAT, ENCLAVE), "no peacekeepers stand in a war their sender fights");
    }

    /** The motion DEF's appeal to the council tables, by what it asks. */
    static Motion.Kind motionTabled(SettingBuilder b, String option) {
        Simulation sim = run(b);
        new Script().then(DEF, "appeal:BLOC", option).tick(sim);
        World w = sim.world();
        assertEquals(1, w.appeals().motionCount());
        Motion m = w.appeals().motion(0);
        Request q = w.appeals().request(m.request());
        assertTrue(q.toCouncil());
        boolean communal = q.conflict() < 0 && w.regimes().unrest(DEF) <= 0 && w.regimes().communalIn(DEF) > 0;
        assertEquals(Council.motionFor(q, communal), m.kind());
        return m.kind();
    }

    @Test
    void an_appeal_to_a_council_tables_the_motion_that_fits_what_it_asks() {
        assertEquals(Motion.Kind.DEPLOYMENT, motionTabled(war(), "request:BLOC:Art.4:military-aid"));
        assertEquals(Motion.Kind.DEFENSIVE, motionTabled(war(), "request:BLOC:Art.4:defensive-deployment"));
        assertEquals(Motion.Kind.CONSULTATION, motionTabled(war(), "request:BLOC:Art.2:consultations"));
        assertEquals(Motion.Kind.GUARD, motionTabled(unrest(0.8, 0.8), "request:BLOC:Art.4:peacekeepers"));

        SettingBuilder strife = TinySetting.builder();
        strife.events.add(new EventDef("strife", 0, EventKind.COMMUNAL_VIOLENCE, DEF, new int[] {HOME}, 0.8, 0, 0, 0, ""));
        assertEquals(Motion.Kind.PEACEKEEPING, motionTabled(strife, "request:BLOC:Art.4:peacekeepers"));
    }

    @Test
    void an_appeal_to_a_bilateral_partner_tables_nothing_and_waits_for_its_answer() {
        Simulation sim = run(war());

        new Script().then(DEF, "appeal:PACT", "request:PACT:Art.1:military-aid").tick(sim);

        World w = sim.world();
        assertEquals(0, w.appeals().motionCount());
        Request q = w.appeals().request(0);
        assertEquals(PAT, q.addressee());
        assertTrue(q.open());
    }

    @Test
    void honouring_an_appeal_at_home_sends_troops_to_guard_the_government() {
        Simulation sim = run(unrest(0.8, 0.8));
        World w = sim.world();
        Script script = new Script();
        script.then(DEF, "appeal:PACT", "request:PACT:Art.1:peacekeepers").tick(sim);
        assertFalse(w.aid().guarded(DEF));

        script.then(PAT, "response:R0", "honour:R0").tick(sim);

        assertEquals(Request.Status.HONOURED, w.appeals().request(0).status());
        assertTrue(w.aid().guarded(DEF));
        assertEquals(new Presence(PAT, -1, -1, DEF, Math.round(k(ModelConstant.REGIME_TROOPS)), DeploymentKind.PEACEKEEPERS, 1),
                w.military().presence(w.military().presenceCount() - 1));
        assertTrue(w.military().peacekeepersDeployed());
        assertTrue(sim.outcome().flag(Flag.PATRON_INTERVENED));
    }

    @Test
    void a_reserve_is_formed_for_the_government_and_steadies_its_forces() {
        Simulation sim = run(unrest(0.8, 0.8));
        World w = sim.world();
        Script script = new Script();
        script.then(DEF, "appeal:PACT", "request:PACT:Art.1:peacekeepers").tick(sim);
        double loyalty = w.regimes().loyalty(DEF);

        script.then(PAT, "response:R0", "reserve:R0").tick(sim);

        assertEquals(Request.Status.PARTIAL, w.appeals().request(0).status());
        assertTrue(w.aid().reserveFormedFor(DEF));
        assertFalse(w.aid().guarded(DEF), "a reserve held back guards nothing");
        assertTrue(w.regimes().loyalty(DEF) > loyalty || loyalty == 1);
        assertTrue(sim.outcome().flag(Flag.RESERVE_FORMED));
    }

    @Test
    void a_rescue_is_given_to_the_government() {
        Simulation sim = run(unrest(0.8, 0.8));
        World w = sim.world();
        Script script = new Script();
        script.then(DEF, "appeal:PACT", "request:PACT:Art.2:rescue").tick(sim);

        script.then(PAT, "response:R0", "rescue:R0").tick(sim);

        assertEquals(Request.Status.HONOURED, w.appeals().request(0).status());
        assertTrue(w.aid().rescued(DEF));
        assertTrue(sim.outcome().flag(Flag.ECONOMIC_RESCUE));
    }

    @Test
    void a_government_in_trouble_is_backed_once_by_whoever_backs_it() {
        Simulation sim = run(unrest(0.8, 0.8));
        World w = sim.world();

        new Script().then(PAT, "diplomacy", "back:DEF").tick(sim);

        assertTrue(w.aid().backedBy(PAT, DEF));
        assertFalse(w.aid().backedBy(MBA, DEF));
        assertTrue(w.aid().backed(DEF));
        assertTrue(sim.outcome().flag(Flag.DIPLOMATIC_RESCUE));
    }

    @Test
    void forces_stationed_to_deter_stand_where_the_war_is_and_count_as_a_defensive_deployment() {
        Simulation sim = run(war());
        World w = sim.world();
        Script script = new Script();
        script.then(DEF, "appeal:PACT", "request:PACT:Art.1:defensive-deployment").tick(sim);
        int before = w.military().presenceCount();

        script.then(PAT, "response:R0", "defend:R0").tick(sim);

        assertEquals(Request.Status.HONOURED, w.appeals().request(0).status());
        assertTrue(w.aid().defended(DEF));
        assertEquals(new Presence(PAT, -1, HOME, DEF, Math.round(k(ModelConstant.TRIPWIRE_TROOPS)), DeploymentKind.FORCES, 1), w.military().presence(before));
        assertTrue(w.wars().conflict(0).defends(PAT), "a tripwire where the attack lands defends");
    }

    @Test
    void the_governments_answers_at_home_take_effect() {
        Simulation sim = run(unrest(0.8, 0.8));
        World w = sim.world();
        Script script = new Script();

        script.then(DEF, "domestic", "crack-down").tick(sim);
        assertTrue(w.regimes().repressing(DEF));
        script.then(DEF, "domestic", "concede").tick(sim);
        assertTrue(w.regimes().conceded(DEF));
        script.then(DEF, "domestic", "resign").tick(sim);
        assertTrue(w.regimes().leaderResigned(DEF));
        assertTrue(sim.outcome().flag(Flag.LEADER_RESIGNED));
    }

    @Test
    void a_member_that_suspends_its_part_takes_no_more_part() {
        Simulation sim = run(TinySetting.builder());

        new Script().then(DEF, "appeal:BLOC", "suspend:BLOC").tick(sim);

        assertTrue(sim.world().treaties().suspended(TinySetting.BLOC, DEF));
        assertFalse(sim.world().treaties().activeMember(TinySetting.BLOC, DEF));
        assertTrue(sim.outcome().flag(Flag.MEMBER_SUSPENDED));
    }
}
