package casus.engine.model;

import java.util.List;

/** A package of settlement terms the record makes available to mediators of a crisis. */
public record SettlementDef(String id, String name, List<Clause> clauses, String source) {
    /** One term. */
    public record Clause(Kind kind, int party, int[] regions) {
        public Clause {
            regions = regions.clone();
        }

        @Override
        public int[] regions() {
            return regions.clone();
        }

        public int regionCount() {
            return regions.length;
        }

        public int region(int k) {
            return regions[k];
        }
    }

    /** The kinds of term. */
    public enum Kind {
        /** The lines stay where they stand. */
        FREEZE,
        /** A party and those on its side leave the named regions to the other side. */
        WITHDRAW,
        /** The attacker gives back what it took since the war began. */
        RESTORE,
        /** A party's peacekeepers stand in the named regions, or the most contested one. */
        PEACEKEEPERS,
        /** The final status of the named regions is left to later talks. */
        STATUS_OPEN
    }

    public SettlementDef {
        clauses = List.copyOf(clauses);
    }
}
