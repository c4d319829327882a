package casus.engine.world;

import static casus.engine.testing.TinySetting.ACTORS;
import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PAT;
import static casus.engine.testing.TinySetting.THD;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The help states gave others: each kind on record for whom it was given, and only for them. */
class AidTest {
    private final Aid aid = new Aid(ACTORS);

    @Test
    void arms_are_supplied_by_one_state_to_another() {
        aid.startSupport(THD, ATK);

        assertTrue(aid.supports(THD, ATK));
        assertFalse(aid.supports(ATK, THD));
        assertFalse(aid.supports(PAT, ATK));
    }

    @Test
    void backing_is_on_record_by_backer_and_government() {
        assertFalse(aid.backed(DEF));

        aid.back(PAT, DEF);

        assertTrue(aid.backed(DEF));
        assertTrue(aid.backedBy(PAT, DEF));
        assertFalse(aid.backedBy(NEU, DEF));
        assertFalse(aid.backed(PAT));
    }

    @Test
    void each_kind_of_help_is_on_record_for_its_beneficiary_alone() {
        aid.formReserve(DEF);
        aid.rescue(DEF);
        aid.defend(NEU);
        aid.guard(PAT);

        assertTrue(aid.reserveFormedFor(DEF));
        assertTrue(aid.rescued(DEF));
        assertTrue(aid.defended(NEU));
        assertTrue(aid.guarded(PAT));
        assertFalse(aid.reserveFormedFor(NEU));
        assertFalse(aid.rescued(NEU));
        assertFalse(aid.defended(DEF));
        assertFalse(aid.guarded(DEF));
    }

    @Test
    void help_given_twice_is_on_record_once_and_stays() {
        aid.guard(DEF);
        aid.guard(DEF);
        aid.guard(NEU);

        assertTrue(aid.guarded(DEF));
        assertTrue(aid.guarded(NEU));
    }
}
