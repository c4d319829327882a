package casus.studies;

import casus.engine.study.Slice;
import casus.engine.study.StudyException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which of a study's runs an output holds: disjoint ranges of study-wide run indices, in order,
 * adjacent ranges joined. The whole study is one range [0, total).
 */
public record Coverage(List<Slice> slices) {
    public Coverage {
        slices = List.copyOf(slices);
    }

    public static Coverage of(Slice slice) {
        return new Coverage(slice.size() == 0 ? List.of() : List.of(slice));
    }

    /**
     * The runs of several outputs together.
     *
     * @throws StudyException when two outputs hold the same run
     */
    public static Coverage union(List<Coverage> parts) {
        List<Slice> all = new ArrayList<>();
        parts.forEach(c -> all.addAll(c.slices));
        all.sort(Comparator.comparingLong(Slice::from));
        List<Slice> out = new ArrayList<>();
        for (Slice s : all) {
            if (!out.isEmpty()) {
                Slice last = out.get(out.size() - 1);
                if (s.from() < last.to()) {
                    throw new StudyException("the outputs overlap: runs " + s.from() + " to " + (Math.min(s.to(), last.to()) - 1)
                            + " appear twice");
                }
                if (s.from() == last.to()) {
                    out.set(out.size() - 1, new Slice(last.from(), s.to()));
                    continue;
                }
            }
            out.add(s);
        }
        return new Coverage(out);
    }

    public long runs() {
        return slices.stream().mapToLong(Slice::size).sum();
    }

    /** The runs of a study of {@code total} runs that this coverage leaves out, written as {@link #toString()} writes them. */
    public String missing(long total) {
        List<Slice> gaps = new ArrayList<>();
        long at = 0;
        for (Slice s : slices) {
            if (s.from() > at) {
                gaps.add(new Slice(at, s.from()));
            }
            at = s.to();
        }
        if (at < total) {
            gaps.add(new Slice(at, total));
        }
        return new Coverage(gaps).toString();
    }

    public boolean complete(long total) {
        return total == 0 ? slices.isEmpty() : slices.size() == 1 && slices.get(0).from() == 0 && slices.get(0).to() == total;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Slice s : slices) {
            parts.add(s.from() + "–" + (s.to() - 1));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
