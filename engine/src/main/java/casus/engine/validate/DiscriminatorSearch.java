package casus.engine.validate;

import casus.engine.model.Expectation;
import casus.engine.model.FactChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Looks through the {@link Catalogue} for a change under which the rules give an expectation's
 * other value with probability at least {@link Validation#DISCRIMINATING_PROBABILITY}. Every
 * candidate is run once for all the scenario's open expectations, with
 * {@link Validation#SEARCH_RUNS} runs at most; a candidate that seems to turn one is run again
 * with the full number of runs, and counts only if it still does. Candidates go in the
 * catalogue's order, every batch from the same seed, so the search finds the same change every
 * time; it stops when no expectation is open or the catalogue is spent.
 */
final class DiscriminatorSearch {
    /** What the search found: a discriminator for some of the expectations, by index, and its cost. */
    record Result(Map<Integer, Discriminator> found, SearchEffort effort) {
    }

    private DiscriminatorSearch() {
    }

    static Result run(Variants variants, List<Integer> open, LongSupplier clock) {
        long start = clock.getAsLong();
        List<Expectation> expectations = variants.base().expectations();
        List<FactChange> catalogue = open.isEmpty() ? List.of() : Catalogue.of(variants.base());
        int fewer = Math.min(variants.runs(), Validation.SEARCH_RUNS);
        List<Integer> left = new ArrayList<>(open);
        Map<Integer, Discriminator> found = new LinkedHashMap<>();
        int tried = 0;
        for (FactChange candidate : catalogue) {
            if (left.isEmpty()) {
                break;
            }
            List<FactChange> change = List.of(candidate);
            if (!variants.accepts(change)) {
                continue;
            }
            Frequencies sketch = variants.sketch(change, fewer);
            tried++;
            List<Integer> turned = left.stream().filter(i -> turns(sketch, expectations.get(i))).toList();
            if (turned.isEmpty()) {
                continue;
            }
            Frequencies full = variants.of(change);
            for (int i : turned) {
                double pOther = Validation.pOther(full, expectations.get(i));
                if (Validation.atLeast(pOther, Validation.DISCRIMINATING_PROBABILITY)) {
                    found.put(i, new Discriminator(change, false, pOther, ""));
                    left.remove(Integer.valueOf(i));
                }
            }
        }
        double seconds = (clock.getAsLong() - start) / 1e9;
        return new Result(found, new SearchEffort(variants.base().id(), catalogue.size(), tried, seconds));
    }

    private static boolean turns(Frequencies f, Expectation e) {
        return Validation.atLeast(Validation.pOther(f, e), Validation.DISCRIMINATING_PROBABILITY);
    }
}
