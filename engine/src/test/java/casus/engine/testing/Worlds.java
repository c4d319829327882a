package casus.engine.testing;

import casus.engine.model.SettingBuilder;
import casus.engine.world.Conflict;
import casus.engine.world.World;

/** Worlds of the {@link TinySetting}, and the situations tests put them in. */
public final class Worlds {
    private Worlds() {
    }

    /** The tiny setting's world at day 0. */
    public static World tiny() {
        return new World(TinySetting.setting());
    }

    public static World of(SettingBuilder b) {
        return new World(b.build());
    }

    /** ATK's offensive on some regions at full intensity, aiming to take all of each. */
    public static Conflict attack(World w, int... regions) {
        return w.openConflict("offensive", TinySetting.ATK, regions, 1.0, 1.0);
    }

    /** Advances a world by some days without anything happening. */
    public static void passDays(World w, int days) {
        for (int i = 0; i < days; i++) {
            w.advanceDay();
        }
    }
}
