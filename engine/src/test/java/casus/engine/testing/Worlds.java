package casus.engine.testing;

import casus.engine.model.Aim;
import casus.engine.model.Domain;
import casus.engine.model.Roles;
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
        return w.wars().openConflict("offensive", TinySetting.ATK, regions, 1.0, 1.0);
    }

    /** ATK's fire across the border onto some regions at full intensity, seeking no ground. */
    public static Conflict strike(World w, int... regions) {
        return w.wars().openConflict("strike", TinySetting.ATK, Roles.NONE, Aim.STRIKE, Domain.LAND, regions, 0, 1.0);
    }

    /** ATK's incident at sea against a target's forces, outside any region, at an intensity. */
    public static Conflict incident(World w, int target, double intensity) {
        return w.wars().openConflict("incident", TinySetting.ATK, target, Aim.STRIKE, Domain.SEA, new int[0], 0, intensity);
    }

    /** Advances a world by some days without anything happening. */
    public static void passDays(World w, int days) {
        for (int i = 0; i < days; i++) {
            w.advanceDay();
        }
    }
}
