package casus.engine.world;

import casus.engine.model.ModelConstant;
import casus.engine.model.Setting;

/**
 * The state of one run: what changes day by day, held in parts that each keep their own
 * invariants. Created from a {@link Setting}, touched only by the thread that ticks it.
 *
 * <ul>
 *   <li>{@link #territory()}: who holds the ground;
 *   <li>{@link #military()}: each actor's armed forces, and those stationed abroad;
 *   <li>{@link #wars()}: the conflicts, and how each is fought;
 *   <li>{@link #treaties()}: who takes part in each treaty, who leads it, how far it is believed;
 *   <li>{@link #appeals()}: the appeals for help, the council motions and the missions they led to;
 *   <li>{@link #talks()}: the ceasefire proposals;
 *   <li>{@link #regimes()}: each government's hold at home;
 *   <li>{@link #minds()}: what each actor wants, believes and feels toward the others;
 *   <li>{@link #aid()}: the help states gave others.
 * </ul>
 *
 * The parts that date what happens read the day from the world's one calendar.
 */
public final class World {
    private final Setting setting;
    private final int actors;
    private final Calendar calendar = new Calendar();
    private final Territory territory;
    private final Military military;
    private final Wars wars;
    private final Minds minds;
    private final Treaties treaties;
    private final Appeals appeals;
    private final Talks talks;
    private final Regimes regimes;
    private final Aid aid;

    public World(Setting setting) {
        this.setting = setting;
        actors = setting.actorCount();
        territory = new Territory(setting);
        military = new Military(setting);
        wars = new Wars(setting, calendar, territory, military);
        minds = new Minds(setting);
        treaties = new Treaties(setting, minds);
        appeals = new Appeals(actors, calendar);
        talks = new Talks(calendar);
        regimes = new Regimes(setting);
        aid = new Aid(actors);
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

    public int actorCount() {
        return actors;
    }

    /** The day the run has reached, from 0. */
    public int day() {
        return calendar.day();
    }

    public void advanceDay() {
        calendar.advance();
    }

    /** Who holds the ground. */
    public Territory territory() {
        return territory;
    }

    /** Each actor's armed forces, and those stationed abroad. */
    public Military military() {
        return military;
    }

    /** The conflicts, and how each is fought. */
    public Wars wars() {
        return wars;
    }

    /** Who takes part in each treaty, who leads it, how far it is believed; declared protection. */
    public Treaties treaties() {
        return treaties;
    }

    /** The appeals for help, the council motions they tabled and the missions sent. */
    public Appeals appeals() {
        return appeals;
    }

    /** The ceasefire proposals, who accepted them and where each stands. */
    public Talks talks() {
        return talks;
    }

    /** Each government's hold at home. */
    public Regimes regimes() {
        return regimes;
    }

    /** What each actor wants, believes and feels toward the others. */
    public Minds minds() {
        return minds;
    }

    /** The help states gave others, as the outcome reads it. */
    public Aid aid() {
        return aid;
    }
}
