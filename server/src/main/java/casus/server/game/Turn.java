package casus.server.game;

import casus.engine.action.ChoiceSet;
import casus.engine.model.Setting;
import casus.engine.run.Commands;
import java.util.HashMap;
import java.util.Map;

/**
 * What people have decided for the coming tick: which states they hold, each one's choices by
 * decision key, and which have marked their orders ready; which seats are away (their person
 * gone past the grace period, the seat kept for them) and what each seat does for orders left
 * open: the session's absent policy, or the facilitator's for that seat. Changed only by
 * journaled inputs, so a replay rebuilds it exactly; cleared of orders after every tick.
 */
public final class Turn implements Commands {
    private final int actors;
    private final boolean agentStandsIn;
    private long controlled;
    private long ready;
    /** Seats kept for a person who is away: held, but nobody is there to give orders. */
    private long away;
    /** Seats the facilitator set to let the agent stand in, and to hold. */
    private long agentSeats;
    private long holdSeats;
    private final Map<Integer, Map<String, String>> orders = new HashMap<>();

    Turn(int actors, boolean agentStandsIn) {
        this.actors = actors;
        this.agentStandsIn = agentStandsIn;
    }

    @Override
    public boolean controls(int actor) {
        return (controlled & bit(actor)) != 0;
    }

    @Override
    public int choice(ChoiceSet set, Setting setting) {
        Map<String, String> chosen = orders.get(set.actor());
        if (chosen == null) {
            return -1;
        }
        String option = chosen.get(set.key(setting));
        if (option == null) {
            return -1;
        }
        for (int i = 0; i < set.size(); i++) {
            if (set.action(i).key(setting).equals(option)) {
                return i;
            }
        }
        return -1;
    }

    /** The seat's own policy when the facilitator set one, else the session's. */
    @Override
    public boolean agentStandsIn(int actor) {
        long b = bit(actor);
        return (agentSeats & b) != 0 || (holdSeats & b) == 0 && agentStandsIn;
    }

    /** Whether the facilitator set the seat's policy: true for the agent, false for hold, null for the session's. */
    public Boolean seatPolicy(int actor) {
        long b = bit(actor);
        return (agentSeats & b) != 0 ? Boolean.TRUE : (holdSeats & b) != 0 ? Boolean.FALSE : null;
    }

    /** The facilitator sets what a seat does for orders left open and while away: the agent, hold, or null for the session's. */
    void seatPolicy(int actor, Boolean agent) {
        long b = bit(actor);
        agentSeats &= ~b;
        holdSeats &= ~b;
        if (agent != null) {
            if (agent) {
                agentSeats |= b;
            } else {
                holdSeats |= b;
            }
        }
    }

    /** A person takes the state over, or hands it back (its orders go with it); either way it is not away. */
    void control(int actor, boolean held) {
        away &= ~bit(actor);
        if (held) {
            controlled |= bit(actor);
        } else {
            controlled &= ~bit(actor);
            ready &= ~bit(actor);
            orders.remove(actor);
        }
    }

    /** The seat's person is away past the grace period (the seat stays held, kept for them), or back. */
    void away(int actor, boolean gone) {
        if (gone) {
            controlled |= bit(actor);
            away |= bit(actor);
        } else {
            away &= ~bit(actor);
        }
    }

    /** Whether the state's seat is kept for a person who is away. */
    public boolean away(int actor) {
        return (away & bit(actor)) != 0;
    }

    /**
     * Whether the coming day waits for the state: a person holds it, and is there, or is away
     * from a seat that holds rather than let the agent stand in.
     */
    public boolean waitsFor(int actor) {
        return controls(actor) && !(away(actor) && agentStandsIn(actor));
    }

    /** Records a person's choice; a later one for the same decision replaces it. */
    void order(int actor, String decision, String option) {
        orders.computeIfAbsent(actor, a -> new HashMap<>()).put(decision, option);
    }

    void markReady(int actor) {
        ready |= bit(actor);
    }

    public boolean ready(int actor) {
        return (ready & bit(actor)) != 0;
    }

    /** The choices submitted for a state this tick, by decision key. */
    public Map<String, String> orders(int actor) {
        Map<String, String> o = orders.get(actor);
        return o == null ? Map.of() : Map.copyOf(o);
    }

    /**
     * Whether the day waits for at least one state and every state it waits for is ready. A seat
     * away whose agent stands in is not waited for.
     */
    public boolean allReady() {
        long waited = 0;
        for (int a = 0; a < actors; a++) {
            if (waitsFor(a)) {
                waited |= bit(a);
            }
        }
        return waited != 0 && (ready & waited) == waited;
    }

    public long controlled() {
        return controlled;
    }

    /** A new day: orders and readiness start afresh. */
    void clearOrders() {
        orders.clear();
        ready = 0;
    }

    private long bit(int actor) {
        if (actor < 0 || actor >= actors) {
            throw new IllegalArgumentException("no actor " + actor);
        }
        return 1L << actor;
    }
}
