package casus.engine.world;

/** The day of a run, shared by the parts of its world that date what happens. */
final class Calendar {
    private int day;

    int day() {
        return day;
    }

    void advance() {
        day++;
    }
}
