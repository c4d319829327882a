package casus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void the_csv_gets_eight_significant_digits_and_at_most_ten_decimals_without_an_exponent() {
        assertEquals("119.45736", Numbers.exact(119.457355));
        assertEquals("0.0001234568", Numbers.exact(0.000123456789));
        assertEquals("1000000", Numbers.exact(1e6));
        assertEquals("", Numbers.exact(Double.NaN));
    }

    @Test
    void the_noise_of_floating_point_subtraction_is_written_as_zero() {
        assertEquals("0", Numbers.exact(5.551115123125783e-17));
        assertEquals("0", Numbers.exact(-0.0));
    }

    @Test
    void people_read_counts_whole_and_shares_to_two_decimals() {
        assertEquals("202", Numbers.human(201.72585));
        assertEquals("81", Numbers.human(80.895));
        assertEquals("1,234", Numbers.human(1234));
        assertEquals("0.48", Numbers.human(0.4812));
        assertEquals("3", Numbers.human(3));
    }
}
