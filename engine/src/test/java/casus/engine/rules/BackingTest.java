package casus.engine.rules;

import casus.engine.model.ModelConstant;
import casus.engine.testing.Constants;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.BORDER;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PAT;
import static casus.engine.testing.TinySetting.THD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.DeploymentKind;
import casus.engine.model.SettingBuilder;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Presence;
import casus.engine.world.World;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Who would stand by whom, as an actor sees it. */
class BackingTest {

    /** As ATK sees it, the chance that {@code backer} fights for DEF in an attack on regions. */
    static double forDefender(Consumer<SettingBuilder> facts, int backer, int... regions) {
        SettingBuilder b = TinySetting.builder();
        b.alignment[PAT][DEF] = 0.5; // no partnership beyond the treaties
        facts.accept(b);
        World w = Worlds.of(b);
        return Backing.resolve(w, ATK, backer, DEF, Worlds.attack(w, regions));
    }

    @Test
    void a_treaty_ally_stands_by_as_far_as_it_is_believed_and_the_case_is_clear() {
        assertEquals(0.8, forDefender(b -> {
            b.belief[ATK][PAT] = 0.8;
            b.belief[ATK][b.subject("BLOC")] = 0.1;
        }, PAT, HOME), 1e-12);
        assertEquals(0.8 * Constants.k(ModelConstant.KIN_CLARITY), forDefender(b -> {
            b.belief[ATK][PAT] = 0.8;
            b.belief[ATK][b.subject("BLOC")] = 0.1;
        }, PAT, ENCLAVE), 1e-12);
    }

    @Test
    void a_council_ally_is_judged_by_the_belief_in_the_council() {
        assertEquals(0.7, forDefender(b -> {
            b.belief[ATK][PAT] = 0.1;
            b.belief[ATK][b.subject("BLOC")] = 0.7;
        }, PAT, HOME), 1e-12);
    }

    @Test
    void a_power_with_a_red_line_stands_by_it() {
        double without = forDefender(b -> { }, NEU, HOME);
        double with = forDefender(b -> b.redLines[HOME] |= 1L << NEU, NEU, HOME);

        assertEquals(0, without);
        assertEquals(Constants.k(ModelConstant.RED_LINE_RESOLVE), with, 1e-12);
    }

    @Test
    void a_power_with_a_stake_steps_in_the_more_of_it_is_lost() {
        SettingBuilder b = TinySetting.builder();
        b.stake[HOME][NEU] = 0.8;
        World w = Worlds.of(b);
        Conflict c = Worlds.attack(w, HOME);
        double before = Backing.resolve(w, ATK, NEU, DEF, c);
        w.territory().shiftControl(HOME, DEF, ATK, 0.5);
        double after = Backing.resolve(w, ATK, NEU, DEF, c);

        assertEquals(0, before);
        assertEquals(0.8 * 0.5, after, 1e-12);
    }

    @Test
    void peacekeepers_are_a_tripwire_as_far_as_their_sender_is_believed() {
        SettingBuilder b = TinySetting.builder();
        b.belief[ATK][NEU] = 0.6;
        World w = Worlds.of(b);
        Conflict c = Worlds.attack(w, ENCLAVE);
        assertEquals(0, Backing.resolve(w, ATK, NEU, DEF, c));

        w.military().deploy(new Presence(NEU, -1, ENCLAVE, -1, 2000, DeploymentKind.PEACEKEEPERS, 0));

        assertEquals(Constants.k(ModelConstant.BASE_TRIPWIRE) * 0.6, Backing.resolve(w, ATK, NEU, DEF, c), 1e-12);
    }

    @Test
    void a_close_partner_may_fight_without_a_treaty() {
        assertEquals(0, forDefender(b -> b.alignment[NEU][DEF] = 0.5, NEU, HOME), 1e-12);
        assertEquals(Constants.k(ModelConstant.PARTNER_RESOLVE) / 2, forDefender(b -> b.alignment[NEU][DEF] = 0.75, NEU, HOME), 1e-12);
        assertEquals(Constants.k(ModelConstant.PARTNER_RESOLVE), forDefender(b -> b.alignment[NEU][DEF] = 1, NEU, HOME), 1e-12);
    }

    @Test
    void red_lines_stakes_and_peacekeepers_do_not_back_the_attacker() {
        SettingBuilder b = TinySetting.builder();
        b.redLines[BELT] |= 1L << NEU;
        b.stake[BELT][NEU] = 1;
        World w = Worlds.of(b);
        Conflict c = Worlds.attack(w, BELT);
        w.military().deploy(new Presence(NEU, -1, BELT, -1, 2000, DeploymentKind.PEACEKEEPERS, 0));
        w.territory().shiftControl(BELT, DEF, ATK, 0.5);

        assertEquals(0, Backing.resolve(w, PAT, NEU, ATK, c));
    }

    @Test
    void the_attackers_treaty_ally_backs_it_on_its_own_recognised_land_only() {
        SettingBuilder b = TinySetting.builder();
        b.alignment[THD][ATK] = 0.5;
        World w = Worlds.of(b);

        assertEquals(0.5, Backing.resolve(w, PAT, THD, ATK, Worlds.attack(w, BELT)), 1e-12);
        assertEquals(0, Backing.resolve(w, PAT, THD, ATK, Worlds.attack(w, HOME)), 1e-12);
    }

    @Test
    void a_suspended_member_is_no_longer_counted_on() {
        SettingBuilder b = TinySetting.builder();
        b.alignment[PAT][DEF] = 0.5;
        b.belief[ATK][PAT] = 0.1;
        World w = Worlds.of(b);
        Conflict c = Worlds.attack(w, HOME);
        double member = Backing.resolve(w, ATK, PAT, DEF, c);

        w.treaties().suspend(BLOC, DEF);

        assertTrue(Backing.resolve(w, ATK, PAT, DEF, c) < member, "only the bilateral treaty is left");
    }

    @Test
    void a_declared_protector_stands_by_as_far_as_it_is_believed() {
        SettingBuilder b = TinySetting.builder();
        b.belief[ATK][NEU] = 0.6;
        TinySetting.protects(b, NEU, DEF);
        World w = Worlds.of(b);
        Conflict c = Worlds.attack(w, BELT);

        assertTrue(w.treaties().protects(NEU, DEF));
        assertFalse(w.treaties().protects(DEF, NEU));
        assertEquals(Constants.k(ModelConstant.PROTECTION_RESOLVE) * 0.6, Backing.resolve(w, ATK, NEU, DEF, c), 1e-12,
                "on any ground, even the attacker's own");
        assertEquals(0, Backing.resolve(w, ATK, PAT, DEF, c), 1e-12, "nobody else declared it");
    }

    @Test
    void a_protector_stands_by_its_protege_when_the_protege_attacks_too() {
        SettingBuilder b = TinySetting.builder();
        b.belief[DEF][NEU] = 0.4;
        TinySetting.protects(b, NEU, ATK);
        World w = Worlds.of(b);

        assertEquals(Constants.k(ModelConstant.PROTECTION_RESOLVE) * 0.4, Backing.resolve(w, DEF, NEU, ATK, Worlds.attack(w, HOME)), 1e-12);
    }

    @Test
    void forces_where_the_attack_lands_are_a_tripwire_whatever_they_are_there_for() {
        for (DeploymentKind kind : new DeploymentKind[] {DeploymentKind.BASE, DeploymentKind.FORCES, DeploymentKind.AIR_DEFENCE}) {
            SettingBuilder b = TinySetting.builder();
            b.belief[ATK][NEU] = 0.6;
            World w = Worlds.of(b);
            Conflict c = Worlds.attack(w, HOME);
            w.military().deploy(new Presence(NEU, -1, HOME, DEF, 600, kind, 0));

            assertTrue(Backing.forcesWhereAttackLands(w, NEU, c), kind.name());
            assertEquals(Constants.k(ModelConstant.BASE_TRIPWIRE) * 0.6, Backing.resolve(w, ATK, NEU, DEF, c), 1e-12, kind.name());
        }
    }

    @Test
    void observers_forces_elsewhere_and_empty_posts_are_no_tripwire() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.military().deploy(new Presence(NEU, -1, HOME, DEF, 50, DeploymentKind.OBSERVERS, 0));
        w.military().deploy(new Presence(NEU, -1, BORDER, DEF, 600, DeploymentKind.BASE, 0));
        w.military().deploy(new Presence(NEU, -1, HOME, DEF, 0, DeploymentKind.BASE, 0));

        assertFalse(Backing.forcesWhereAttackLands(w, NEU, c));
        assertEquals(0, Backing.resolve(w, ATK, NEU, DEF, c), 1e-12);
    }

    @Test
    void forces_guarding_the_target_of_an_incident_are_where_the_attack_lands() {
        World w = Worlds.tiny();
        Conflict atSea = Worlds.incident(w, DEF, 1);
        Conflict onLand = Worlds.attack(w, HOME);
        w.military().deploy(new Presence(NEU, -1, -1, DEF, 600, DeploymentKind.FORCES, 0));

        assertTrue(Backing.forcesWhereAttackLands(w, NEU, atSea));
        assertEquals(Constants.k(ModelConstant.BASE_TRIPWIRE) * 0.5, Backing.resolve(w, ATK, NEU, DEF, atSea), 1e-12);
        assertFalse(Backing.forcesWhereAttackLands(w, NEU, onLand), "in no region, it stands nowhere the offensive lands");
    }

    @Test
    void a_treaty_ally_stands_by_a_member_whose_forces_are_struck_abroad_as_far_as_the_case_goes() {
        SettingBuilder b = TinySetting.builder();
        b.belief[ATK][PAT] = 0.8;
        b.belief[ATK][b.subject("BLOC")] = 0.1;
        b.alignment[PAT][DEF] = 0.5;
        World w = Worlds.of(b);

        assertEquals(0.8 * Constants.k(ModelConstant.FORCES_ABROAD_CLARITY), Backing.resolve(w, ATK, PAT, DEF, Worlds.incident(w, DEF, 1)), 1e-12);
    }
}
