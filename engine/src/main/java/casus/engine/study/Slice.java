package casus.engine.study;

import java.math.BigInteger;

/**
 * A range of a study's runs, [from, to), counted over the whole study: run {@code g} is run
 * {@code g % runs} of point {@code g / runs}. A study cut into N shards gives shard K (from 1)
 * the runs from ⌊(K−1)·T/N⌋ to ⌊K·T/N⌋ of its T runs.
 */
public record Slice(long from, long to) {
    public Slice {
        if (from < 0 || to < from) {
            throw new StudyException("a slice of runs from " + from + " to " + to);
        }
    }

    /** All {@code total} runs. */
    public static Slice whole(long total) {
        return new Slice(0, total);
    }

    /** Shard {@code k} of {@code n} (k from 1) of {@code total} runs. */
    public static Slice shard(int k, int n, long total) {
        if (n < 1 || k < 1 || k > n) {
            throw new StudyException("--shard K/N needs 1 ≤ K ≤ N, got " + k + "/" + n);
        }
        if (n > total) {
            throw new StudyException("--shard " + k + "/" + n + ": more shards than the study's " + total + " runs");
        }
        return new Slice(part(k - 1, n, total), part(k, n, total));
    }

    /** Parses {@code K/N} for a study of {@code total} runs. */
    public static Slice parseShard(String text, long total) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new StudyException("--shard takes K/N, got '" + text + "'");
        }
        try {
            return shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()), total);
        } catch (NumberFormatException e) {
            throw new StudyException("--shard takes K/N with whole numbers, got '" + text + "'");
        }
    }

    public long size() {
        return to - from;
    }

    private static long part(long k, long n, long total) {
        return BigInteger.valueOf(k).multiply(BigInteger.valueOf(total)).divide(BigInteger.valueOf(n)).longValueExact();
    }
}
