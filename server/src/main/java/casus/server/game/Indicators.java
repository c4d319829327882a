package casus.server.game;

import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.World;
import casus.v1.Indicator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The numbers that describe a world, each named by a path ({@code actors.ARM.stability},
 * {@code regions.NK.control.AZE}, {@code conflicts.C0.intensity}), read after every tick so that
 * an update carries only those that changed. Conflicts opened during the run add their keys at
 * the end; the order of keys never changes otherwise.
 */
final class Indicators {
    private final List<String> keys = new ArrayList<>();
    private double[] values = new double[0];
    private double[] sent = new double[0];
    private int conflicts;
    private final int fixed;

    Indicators(Setting s) {
        keys.add("day");
        keys.add("casualties");
        keys.add("territory_changed_km2");
        for (int a = 0; a < s.actorCount(); a++) {
            String p = "actors." + s.actorId(a) + ".";
            for (String f : new String[] {"stability", "power", "forces_committed_elsewhere", "unrest", "casualties", "regime_fallen"}) {
                keys.add(p + f);
            }
        }
        for (int r = 0; r < s.regionCount(); r++) {
            for (int a = 0; a < s.actorCount(); a++) {
                keys.add("regions." + s.regionId(r) + ".control." + s.actorId(a));
            }
        }
        for (int a = 0; a < s.actorCount(); a++) {
            for (int b = 0; b < s.actorCount(); b++) {
                if (a != b) {
                    keys.add("relations." + s.actorId(a) + "." + s.actorId(b) + ".alignment");
                }
            }
        }
        for (int h = 0; h < s.actorCount(); h++) {
            for (int j = 0; j < s.subjectCount(); j++) {
                if (h != j) {
                    keys.add("beliefs." + s.actorId(h) + "." + s.subjectId(j));
                }
            }
        }
        for (int t = 0; t < s.treatyCount(); t++) {
            keys.add("treaties." + s.treatyId(t) + ".credibility");
        }
        fixed = keys.size();
    }

    /** Reads every value from the world. */
    void read(World w) {
        Setting s = w.setting();
        while (conflicts < w.wars().conflictCount()) {
            String p = "conflicts.C" + conflicts + ".";
            keys.add(p + "intensity");
            keys.add(p + "severity");
            keys.add(p + "phase");
            conflicts++;
        }
        if (values.length != keys.size()) {
            values = Arrays.copyOf(values, keys.size());
            double[] grown = new double[keys.size()];
            Arrays.fill(grown, Double.NaN);
            System.arraycopy(sent, 0, grown, 0, sent.length);
            sent = grown;
        }
        int i = 0;
        values[i++] = w.day();
        values[i++] = w.military().totalCasualties();
        values[i++] = w.territory().territoryChanged();
        int n = s.actorCount();
        for (int a = 0; a < n; a++) {
            values[i++] = w.regimes().stability(a);
            values[i++] = w.military().power(a);
            values[i++] = w.military().committed(a);
            values[i++] = w.regimes().unrest(a);
            values[i++] = w.military().casualties(a);
            values[i++] = w.regimes().fallen(a) ? 1 : 0;
        }
        for (int r = 0; r < s.regionCount(); r++) {
            for (int a = 0; a < n; a++) {
                values[i++] = w.territory().control(r, a);
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a != b) {
                    values[i++] = w.minds().alignment(a, b);
                }
            }
        }
        for (int h = 0; h < n; h++) {
            for (int j = 0; j < s.subjectCount(); j++) {
                if (h != j) {
                    values[i++] = w.minds().belief(h, j);
                }
            }
        }
        for (int t = 0; t < s.treatyCount(); t++) {
            values[i++] = w.treaties().credibility(t);
        }
        for (int c = 0; c < w.wars().conflictCount(); c++) {
            Conflict k = w.wars().conflict(c);
            values[i++] = k.intensity();
            values[i++] = k.severity();
            values[i++] = k.phase().ordinal();
        }
        assert i == keys.size() && fixed <= i;
    }

    /** The values that changed since the last call, and remembers them as sent. */
    List<Indicator> changes() {
        List<Indicator> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (Double.doubleToLongBits(values[i]) != Double.doubleToLongBits(sent[i])) {
                out.add(Indicator.newBuilder().setKey(keys.get(i)).setValue(values[i]).build());
                sent[i] = values[i];
            }
        }
        return out;
    }

    /** Every value as last read. */
    List<Indicator> all() {
        List<Indicator> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            out.add(Indicator.newBuilder().setKey(keys.get(i)).setValue(values[i]).build());
        }
        return out;
    }

    /** A 64-bit hash of every value as last read: the same world gives the same digest. */
    long digest() {
        long h = 0xcbf29ce484222325L;
        for (double v : values) {
            h ^= Double.doubleToLongBits(v);
            h *= 0x100000001b3L;
            h ^= h >>> 29;
        }
        return h;
    }
}
