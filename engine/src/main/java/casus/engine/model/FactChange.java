package casus.engine.model;

/** One fact changed by path, as text: {@code actors.RUS.forces_committed_elsewhere = 0.05}. */
public record FactChange(String path, String value) {
    @Override
    public String toString() {
        return path + "=" + value;
    }
}
