package casus.engine.rules;

import static casus.engine.model.ModelConstant.ARMY_POLICING;
import static casus.engine.model.ModelConstant.BACKLASH;
import static casus.engine.model.ModelConstant.COLLAPSE;
import static casus.engine.model.ModelConstant.COMMUNAL_BURNOUT;
import static casus.engine.model.ModelConstant.COMMUNAL_EROSION;
import static casus.engine.model.ModelConstant.COMMUNAL_LETHALITY;
import static casus.engine.model.ModelConstant.DEFEAT_SHOCK;
import static casus.engine.model.ModelConstant.DEFECTION_RATE;
import static casus.engine.model.ModelConstant.INSURGENCY_NEED;
import static casus.engine.model.ModelConstant.INSURGENCY_REPRESSION;
import static casus.engine.model.ModelConstant.LOYALTY_COLLAPSE;
import static casus.engine.model.ModelConstant.LOYALTY_EROSION;
import static casus.engine.model.ModelConstant.LOYALTY_STABILITY_LINE;
import static casus.engine.model.ModelConstant.PROTEST_NEED;
import static casus.engine.model.ModelConstant.PROTEST_REPRESSION;
import static casus.engine.model.ModelConstant.RECOVERY;
import static casus.engine.model.ModelConstant.RIOT_CONCESSION;
import static casus.engine.model.ModelConstant.SECURITY_NEED;
import static casus.engine.model.ModelConstant.STRIKE_NEED;
import static casus.engine.model.ModelConstant.STRIKE_REPRESSION;
import static casus.engine.model.ModelConstant.UNREST_DECAY;
import static casus.engine.model.ModelConstant.UNREST_EROSION;
import static casus.engine.model.ModelConstant.UNREST_FATIGUE;
import static casus.engine.model.ModelConstant.UNREST_FLOOR;
import static casus.engine.model.ModelConstant.UNREST_LUCK;

import casus.engine.model.DeploymentKind;
import casus.engine.model.Numeric;
import casus.engine.model.UnrestKind;
import casus.engine.world.Presence;
import casus.engine.world.Regimes;
import casus.engine.world.World;
import java.util.random.RandomGenerator;

/**
 * Domestic politics, a day at a time. Unrest wears a government down unless its security holds:
 * its police and interior troops as far as they obey, its army too once it orders a crackdown, and
 * any foreign troops guarding its key sites, against what the unrest needs to be held (more for an
 * insurgency, less for peaceful protest). A crackdown breaks riots and insurgencies; against
 * peaceful crowds and strikes it works less, fans the protest, and makes officers defect. Left
 * alone, protests tire. A government whose stability falls below the collapse line, or whose
 * forces no longer obey, falls. Violence between communities kills and burns out, faster where
 * the government's forces or peacekeepers stand between them. Defeats in war shake a government;
 * calm lets it recover.
 */
public final class Domestic {
    private Domestic() {
    }

    /** One day of every actor's domestic politics; returns a bit set of regimes that fell today. */
    public static long update(World w, double[] lostBefore, RandomGenerator rng) {
        Regimes g = w.regimes();
        long fell = 0;
        for (int a = 0; a < w.actorCount(); a++) {
            if (g.fallen(a)) {
                continue;
            }
            double stability = g.stability(a);
            double unrest = g.unrest(a);
            if (unrest > 0) {
                stability -= unrestDay(w, a, unrest, rng);
            } else if (g.communalIn(a) <= 0) {
                stability += w.k(RECOVERY) * (w.setting().stability(a) - stability);
            }
            stability -= communalDays(w, a, rng);
            double lost = w.territory().lostValue(a) - lostBefore[a];
            if (lost > 0) {
                stability -= w.k(DEFEAT_SHOCK) * lost;
            }
            g.setStability(a, stability);
            if (g.stability(a) < w.k(COLLAPSE) || g.unrest(a) > 0 && g.loyalty(a) < w.k(LOYALTY_COLLAPSE)) {
                g.fall(a);
                fell |= 1L << a;
            }
        }
        return fell;
    }

    /** A day of unrest against a government; returns the stability it costs. */
    private static double unrestDay(World w, int a, double unrest, RandomGenerator rng) {
        Regimes g = w.regimes();
        UnrestKind kind = g.unrestKind(a);
        double security = security(w, a);
        double luck = Numeric.lognormalLuck(w.k(UNREST_LUCK), rng.nextGaussian());
        double cost = w.k(UNREST_EROSION) * unrest * (1 - security) * luck;
        double left;
        if (g.repressing(a)) {
            left = unrest * (1 - w.k(UNREST_DECAY) * security * repressionEffect(w, kind));
            if (peaceful(kind)) {
                left += w.k(BACKLASH) * unrest * (1 - security);
                g.setLoyalty(a, g.loyalty(a) - w.k(DEFECTION_RATE) * unrest * (1 - security));
            }
        } else {
            left = unrest * (1 - w.k(UNREST_FATIGUE));
        }
        double weakness = Math.max(0, w.k(LOYALTY_STABILITY_LINE) - g.stability(a));
        g.setLoyalty(a, g.loyalty(a) - w.k(LOYALTY_EROSION) * unrest * weakness);
        g.setUnrest(a, left < w.k(UNREST_FLOOR) ? 0 : left, g.unrestAttribution(a));
        return cost;
    }

    /**
     * How far a government's security holds against its unrest, 0 to 1: the forces that obey it
     * (and, once it cracks down, its army as far as it obeys), with foreign troops guarding its
     * key sites, against what unrest of this size and kind needs: S / (S + N).
     */
    public static double security(World w, int a) {
        double needed = w.regimes().unrest(a) * w.setting().actorPopulation(a) * w.k(SECURITY_NEED) * need(w, w.regimes().unrestKind(a));
        double held = strength(w, a);
        return held + needed <= 0 ? 0 : held / (held + needed);
    }

    /** {@link #security} as it would be with the crackdown ordered or not. */
    public static double securityIf(World w, int a, boolean repressing) {
        double level = Math.max(w.regimes().unrest(a), w.regimes().communalIn(a));
        boolean unrest = w.regimes().unrest(a) > 0;
        double needed = level * w.setting().actorPopulation(a) * w.k(SECURITY_NEED) * (unrest ? need(w, w.regimes().unrestKind(a)) : 1);
        // Between fighting communities a government's forces stand only once it orders them in.
        double held = unrest || repressing ? strength(w, a, repressing) : guests(w, a);
        return held + needed <= 0 ? 0 : held / (held + needed);
    }

    /** The troops a government can put against unrest or violence at home, its own and its guests'. */
    static double strength(World w, int a) {
        return strength(w, a, w.regimes().repressing(a));
    }

    private static double strength(World w, int a, boolean repressing) {
        double own = w.setting().securityForces(a) * w.regimes().loyalty(a);
        if (repressing) {
            own += w.military().availableTroops(a) * w.regimes().loyalty(a) * w.k(ARMY_POLICING);
        }
        return own + guests(w, a);
    }

    /** Foreign troops guarding a government's key sites. */
    static double guests(World w, int host) {
        double troops = 0;
        for (int pIndex = 0; pIndex < w.military().presenceCount(); pIndex++) {
            Presence p = w.military().presence(pIndex);
            if (p.host() == host && p.kind() == DeploymentKind.PEACEKEEPERS && p.region() < 0) {
                troops += p.troops();
            }
        }
        return troops;
    }

    /** A day of violence between communities in an actor's regions; returns the stability it costs. */
    private static double communalDays(World w, int a, RandomGenerator rng) {
        double cost = 0;
        for (int r = 0; r < w.setting().regionCount(); r++) {
            double v = w.regimes().communal(r);
            if (v <= 0 || w.setting().deJure(r) != a) {
                continue;
            }
            long people = w.setting().population(r);
            double needed = v * people * w.k(SECURITY_NEED);
            double held = (w.regimes().repressing(a) ? strength(w, a) : guests(w, a)) + peacekeepersIn(w, r);
            double security = held + needed <= 0 ? 0 : held / (held + needed);
            double deaths = v * people * w.k(COMMUNAL_LETHALITY) * (1 - security) * Numeric.lognormalLuck(w.k(UNREST_LUCK), rng.nextGaussian());
            w.military().addCasualties(a, deaths);
            double left = v * (1 - w.k(COMMUNAL_BURNOUT) - w.k(UNREST_DECAY) * security);
            w.regimes().setCommunal(r, left < w.k(UNREST_FLOOR) ? 0 : left);
            cost += w.k(COMMUNAL_EROSION) * v;
        }
        return cost;
    }

    private static double peacekeepersIn(World w, int r) {
        double troops = 0;
        for (int pIndex = 0; pIndex < w.military().presenceCount(); pIndex++) {
            Presence p = w.military().presence(pIndex);
            if (p.region() == r && p.kind() == DeploymentKind.PEACEKEEPERS) {
                troops += p.troops();
            }
        }
        return troops;
    }

    /** How many security forces unrest of a kind needs, against a riot's. */
    static double need(World w, UnrestKind kind) {
        return switch (kind) {
            case RIOT -> 1;
            case PROTEST -> w.k(PROTEST_NEED);
            case GENERAL_STRIKE -> w.k(STRIKE_NEED);
            case INSURGENCY -> w.k(INSURGENCY_NEED);
        };
    }

    /** How far a crackdown quells unrest of a kind, against a riot. */
    static double repressionEffect(World w, UnrestKind kind) {
        return switch (kind) {
            case RIOT -> 1;
            case PROTEST -> w.k(PROTEST_REPRESSION);
            case GENERAL_STRIKE -> w.k(STRIKE_REPRESSION);
            case INSURGENCY -> w.k(INSURGENCY_REPRESSION);
        };
    }

    /** How far concessions calm unrest of a kind, 0 to 1: fully for protest and strikes, partly for riots, not an insurgency. */
    public static double concessionEfficacy(World w, UnrestKind kind) {
        return peaceful(kind) ? 1 : (kind == UnrestKind.RIOT ? w.k(RIOT_CONCESSION) : 0);
    }

    /** Unrest whose people do not fight: protest and strikes. */
    public static boolean peaceful(UnrestKind kind) {
        return kind == UnrestKind.PROTEST || kind == UnrestKind.GENERAL_STRIKE;
    }
}
