package casus.engine.world;

import casus.engine.model.Aim;
import casus.engine.model.Ask;
import casus.engine.model.DecisionRule;
import casus.engine.model.Lessons;
import casus.engine.model.Domain;
import casus.engine.model.Protection;
import casus.engine.model.Roles;
import casus.engine.model.SettlementDef;
import casus.engine.model.UnrestKind;
import casus.engine.model.DeploymentDef;
import casus.engine.model.DeploymentKind;
import casus.engine.model.ModelConstant;
import casus.engine.model.Obligation;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The state of one run: what changes day by day. Created from a {@link Setting}, touched only by
 * the thread that ticks it. Its operations keep the invariants: control shares of a region sum to
 * one, casualties never fall, beliefs stay within [0, 1].
 */
public final class World {
    private final Setting setting;
    private final int actors;
    private final Territory territory;
    private final Military military;
    private final Calendar calendar = new Calendar();
    private final Wars wars;
    private final Minds minds;
    private final Treaties treaties;
    private final Regimes regimes;
    private final Appeals appeals;
    private final Talks talks;

    private final long[] supporting;


    private long reserveFor;
    private long rescued;
    private final long[] backers;
    private long defended;
    private long guarded;

    public World(Setting setting) {
        this.setting = setting;
        actors = setting.actorCount();
        territory = new Territory(setting);
        military = new Military(setting);
        wars = new Wars(setting, calendar, territory, military);
        minds = new Minds(setting);
        treaties = new Treaties(setting, minds);
        regimes = new Regimes(setting);
        appeals = new Appeals(actors, calendar);
        talks = new Talks(calendar);
        supporting = new long[actors];
        backers = new long[actors];
    }

    public Setting setting() {
        return setting;
    }

    /** The value of a model constant in this run. */
    public double k(ModelConstant c) {
        return setting.k(c);
    }

    /** A model constant that counts whole things (days, troops), as a whole number. */
    public int whole(ModelConstant c) {
        return (int) setting.k(c);
    }

    /** Who holds the ground. */
    public Territory territory() {
        return territory;
    }

    /** Each actor's armed forces, and those stationed abroad. */
    public Military military() {
        return military;
    }

    public int actorCount() {
        return actors;
    }

    /** The conflicts, and how each is fought. */
    public Wars wars() {
        return wars;
    }

    /** What each actor wants, believes and feels toward the others. */
    public Minds minds() {
        return minds;
    }

    /** Who takes part in each treaty, who leads it, how far it is believed; declared protection. */
    public Treaties treaties() {
        return treaties;
    }

    /** Each government's hold at home. */
    public Regimes regimes() {
        return regimes;
    }

    /** The appeals for help, the council motions they tabled and the missions sent. */
    public Appeals appeals() {
        return appeals;
    }

    /** The ceasefire proposals, who accepted them and where each stands. */
    public Talks talks() {
        return talks;
    }

    public int day() {
        return calendar.day();
    }

    public void advanceDay() {
        calendar.advance();
    }

    /** Whether an actor is arming another. */
    public boolean supports(int supporter, int beneficiary) {
        return (supporting[supporter] & (1L << beneficiary)) != 0;
    }

    public void startSupport(int supporter, int beneficiary) {
        supporting[supporter] |= 1L << beneficiary;
    }

    // --- conflicts, appeals, councils, ceasefires ---------------------------------------------

    // --- outcome trackers ---------------------------------------------------------------------

    /** A state formed a force for a government and held it back. */
    public void formReserve(int government) {
        reserveFor |= 1L << government;
    }

    public boolean reserveFormedFor(int government) {
        return (reserveFor & (1L << government)) != 0;
    }

    /** A state gave a government money or economic help. */
    public void rescue(int government) {
        rescued |= 1L << government;
    }

    public boolean rescued(int government) {
        return (rescued & (1L << government)) != 0;
    }

    /** A state publicly backed a government in a crisis at home, or recognised it. */
    public void back(int backer, int government) {
        backers[government] |= 1L << backer;
    }

    /** Whether any state has backed a government in its crisis at home. */
    public boolean backed(int government) {
        return backers[government] != 0;
    }

    public boolean backedBy(int backer, int government) {
        return (backers[government] & (1L << backer)) != 0;
    }

    /** An ally or a council stationed forces to deter on an actor's side. */
    public void defend(int beneficiary) {
        defended |= 1L << beneficiary;
    }

    public boolean defended(int beneficiary) {
        return (defended & (1L << beneficiary)) != 0;
    }

    /** A single state sent its own forces to guard a government. */
    public void guard(int government) {
        guarded |= 1L << government;
    }

    public boolean guarded(int government) {
        return (guarded & (1L << government)) != 0;
    }

    private static double clamp01(double v) {
        return Shares.clamp01(v);
    }
}
