package casus.engine.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactSumTest {
    @Test
    void value_is_exact_where_a_running_double_sum_loses_the_small_terms() {
        ExactSum s = new ExactSum();
        s.add(1e16);
        s.add(1);
        s.add(1);
        s.add(-1e16);
        assertEquals(2.0, s.value(), 0);
    }

    @Test
    void value_is_the_correctly_rounded_exact_sum() {
        Random r = new Random(7);
        ExactSum s = new ExactSum();
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < 20_000; i++) {
            double x = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(40) - 20);
            s.add(x);
            exact = exact.add(new BigDecimal(x));
        }
        assertEquals(exact.doubleValue(), s.value(), 0);
    }

    @Test
    void digits_do_not_depend_on_order_or_grouping() {
        Random r = new Random(3);
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            xs.add(r.nextGaussian() * Math.pow(2, r.nextInt(200) - 100));
        }
        xs.add(Double.MIN_VALUE);
        xs.add(-Double.MAX_VALUE);
        xs.add(Double.MAX_VALUE);
        ExactSum whole = new ExactSum();
        xs.forEach(whole::add);
        Collections.shuffle(xs, r);
        ExactSum left = new ExactSum();
        ExactSum right = new ExactSum();
        for (int i = 0; i < xs.size(); i++) {
            (i < 1234 ? left : right).add(xs.get(i));
        }
        right.add(left);
        assertArrayEquals(whole.digits(), right.digits());
        assertEquals(whole.value(), right.value(), 0);
    }

    @Test
    void of_digits_restores_the_sum() {
        ExactSum s = new ExactSum();
        s.add(-3.25);
        s.add(1e-300);
        ExactSum back = ExactSum.of(s.digits(), 0, 0);
        assertEquals(s, back);
        assertEquals(-3.25, back.value(), 0);
    }

    @Test
    void value_of_infinities_and_nan() {
        ExactSum s = new ExactSum();
        s.add(1);
        s.add(Double.POSITIVE_INFINITY);
        assertEquals(Double.POSITIVE_INFINITY, s.value(), 0);
        s.add(Double.NEGATIVE_INFINITY);
        assertEquals(Double.NaN, s.value(), 0);
    }
}
