package casus.engine.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SliceTest {
    @Test
    void shards_cover_every_run_once_in_order() {
        for (long total : new long[] {1, 7, 1000, 1_000_003}) {
            for (int n = 1; n <= Math.min(7, total); n++) {
                long expectedFrom = 0;
                for (int k = 1; k <= n; k++) {
                    Slice s = Slice.shard(k, n, total);
                    assertEquals(expectedFrom, s.from());
                    expectedFrom = s.to();
                }
                assertEquals(total, expectedFrom);
            }
        }
    }

    @Test
    void shards_differ_in_size_by_at_most_one() {
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int k = 1; k <= 7; k++) {
            long size = Slice.shard(k, 7, 100).size();
            min = Math.min(min, size);
            max = Math.max(max, size);
        }
        assertEquals(1, max - min);
    }

    @Test
    void parse_shard_refuses_nonsense() {
        assertThrows(StudyException.class, () -> Slice.parseShard("0/3", 10));
        assertThrows(StudyException.class, () -> Slice.parseShard("4/3", 10));
        assertThrows(StudyException.class, () -> Slice.parseShard("3", 10));
        assertThrows(StudyException.class, () -> Slice.parseShard("a/b", 10));
        assertEquals(new Slice(3, 6), Slice.parseShard("2/3", 10));
    }
}
