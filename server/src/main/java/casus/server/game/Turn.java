package casus.server.game;

import casus.engine.action.ChoiceSet;
import casus.engine.model.Setting;
import casus.engine.run.Commands;
import java.util.HashMap;
import java.util.Map;

/**
 * What people have decided for the coming tick: which states they hold, each one's choices by
 * decision key, and which have marked their orders ready. Changed only by journaled inputs, so a
 * replay rebuilds it exactly; cleared of orders after every tick.
 */
public final class Turn implements Commands {
    private final int actors;
    private final boolean agentStandsIn;
    private long controlled;
    private long ready;
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

    @Override
    public boolean agentStandsIn(int actor) {
        return agentStandsIn;
    }

    /** A person takes the state over, or hands it back (its orders go with it). */
    void control(int actor, boolean held) {
        if (held) {
            controlled |= bit(actor);
        } else {
            controlled &= ~bit(actor);
            ready &= ~bit(actor);
            orders.remove(actor);
        }
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

    /** Whether at least one state is held and every held state is ready. */
    public boolean allReady() {
        return controlled != 0 && (ready & controlled) == controlled;
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
