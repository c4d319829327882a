package casus.engine.study;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The exact sum of doubles, whatever their order: a fixed-point integer wide enough for any
 * double, held in 32-bit digits whose carries are settled lazily. Adding and merging are exact,
 * so sums split across threads or machines and merged in any order agree to the last bit, which
 * a running double sum does not.
 */
public final class ExactSum {
    /** Digits of 32 bits from 2^-1074 up, with room above 2^1024 for carries and the sign. */
    static final int DIGITS = 68;
    private static final long MASK = 0xFFFF_FFFFL;
    /** Adds between carry settlements, far below the 2^31 that would overflow a digit. */
    private static final int SETTLE_EVERY = 1 << 28;
    private static final BigDecimal ULP = new BigDecimal(BigInteger.valueOf(5).pow(1074), 1074);

    private final long[] digits = new long[DIGITS];
    private int pending;
    private long nonFinite;
    private double special;

    /** Adds one value; a NaN or an infinity makes the sum that value (NaN if they disagree). */
    public void add(double x) {
        if (x == 0) {
            return;
        }
        if (!Double.isFinite(x)) {
            special = nonFinite++ == 0 ? x : (Double.compare(special, x) == 0 ? x : Double.NaN);
            return;
        }
        long bits = Double.doubleToRawLongBits(x);
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        int shift;
        if (exponent == 0) {
            shift = 0;
        } else {
            mantissa |= 1L << 52;
            shift = exponent - 1;
        }
        int index = shift >>> 5;
        int offset = shift & 31;
        long lo = (mantissa << offset) & MASK;
        long mid = (mantissa >>> (32 - offset)) & MASK;
        long hi = (mantissa >>> 1) >>> (63 - offset);
        if (bits < 0) {
            digits[index] -= lo;
            digits[index + 1] -= mid;
            digits[index + 2] -= hi;
        } else {
            digits[index] += lo;
            digits[index + 1] += mid;
            digits[index + 2] += hi;
        }
        if (++pending >= SETTLE_EVERY) {
            settle();
        }
    }

    /** Adds another sum to this one, exactly. */
    public void add(ExactSum other) {
        other.settle();
        settle();
        for (int i = 0; i < DIGITS; i++) {
            digits[i] += other.digits[i];
        }
        pending = 2;
        settle();
        if (other.nonFinite > 0) {
            special = nonFinite == 0 ? other.special : (Double.compare(special, other.special) == 0 ? special : Double.NaN);
            nonFinite += other.nonFinite;
        }
    }

    /** The sum rounded to the nearest double. */
    public double value() {
        if (nonFinite > 0) {
            return special;
        }
        return new BigDecimal(integer()).multiply(ULP).doubleValue();
    }

    /**
     * The state as canonical digits: every digit but the last in [0, 2^32), the last signed. Two
     * sums of the same values give equal digits.
     */
    public long[] digits() {
        settle();
        return digits.clone();
    }

    /** Count of NaNs and infinities added, and the value they make the sum. */
    public long nonFinite() {
        return nonFinite;
    }

    double special() {
        return special;
    }

    /** Restores a sum from {@link #digits()} and its non-finite part. */
    public static ExactSum of(long[] digits, long nonFinite, double special) {
        if (digits.length != DIGITS) {
            throw new IllegalArgumentException("an exact sum has " + DIGITS + " digits, got " + digits.length);
        }
        ExactSum s = new ExactSum();
        System.arraycopy(digits, 0, s.digits, 0, DIGITS);
        s.nonFinite = nonFinite;
        s.special = nonFinite > 0 ? special : 0;
        s.pending = 1;
        s.settle();
        return s;
    }

    private void settle() {
        if (pending == 0) {
            return;
        }
        long carry = 0;
        for (int i = 0; i < DIGITS - 1; i++) {
            long d = digits[i] + carry;
            carry = d >> 32;
            digits[i] = d & MASK;
        }
        digits[DIGITS - 1] += carry;
        pending = 0;
    }

    private BigInteger integer() {
        settle();
        BigInteger acc = BigInteger.valueOf(digits[DIGITS - 1]);
        for (int i = DIGITS - 2; i >= 0; i--) {
            acc = acc.shiftLeft(32).add(BigInteger.valueOf(digits[i]));
        }
        return acc;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExactSum s && Arrays.equals(digits(), s.digits()) && nonFinite == s.nonFinite
                && Double.compare(special, s.special) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digits());
    }
}
