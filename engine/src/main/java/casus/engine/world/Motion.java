package casus.engine.world;

/** A question put to a treaty council, voted by its members. */
public final class Motion {
    /** What a motion would have the treaty do. */
    public enum Kind {
        /** Deploy the treaty's forces to fight on the requester's side. */
        DEPLOYMENT("a collective deployment"),
        /** Send troops to guard the requester's government at its key sites. */
        GUARD("troops to guard the government"),
        /** Send peacekeepers between communities in the requester's land. */
        PEACEKEEPING("peacekeepers"),
        /** Station forces on the requester's land to deter without fighting: air defence, a tripwire. */
        DEFENSIVE("a defensive deployment"),
        /** Send a non-combat mission: fact-finders, observers. */
        MISSION("a fact-finding mission"),
        /** Hold consultations and issue a statement. */
        CONSULTATION("consultations");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** True for a motion that sends forces of any kind. */
        public boolean sendsForces() {
            return this == DEPLOYMENT || this == GUARD || this == PEACEKEEPING || this == DEFENSIVE;
        }
    }

    /** A member's vote. */
    public enum Vote {
        NONE, YES, NO, ABSTAIN
    }

    /** Where a motion stands. */
    public enum Status {
        OPEN, PASSED, FAILED
    }

    final int index;
    final int treaty;
    final int request;
    final Kind kind;
    final int tabledDay;
    final Vote[] votes;
    Status status = Status.OPEN;

    Motion(int index, int treaty, int request, Kind kind, int tabledDay, int actors) {
        this.index = index;
        this.treaty = treaty;
        this.request = request;
        this.kind = kind;
        this.tabledDay = tabledDay;
        this.votes = new Vote[actors];
        java.util.Arrays.fill(votes, Vote.NONE);
    }

    public int index() {
        return index;
    }

    public int treaty() {
        return treaty;
    }

    public int request() {
        return request;
    }

    public Kind kind() {
        return kind;
    }

    public int tabledDay() {
        return tabledDay;
    }

    public Vote vote(int actor) {
        return votes[actor];
    }

    public Status status() {
        return status;
    }

    public boolean open() {
        return status == Status.OPEN;
    }
}
