package casus.server.transport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void burst_passes_then_requests_wait_for_the_rate() {
        RateLimiter r = new RateLimiter(10, 3, 0);
        assertTrue(r.tryAcquire(0));
        assertTrue(r.tryAcquire(0));
        assertTrue(r.tryAcquire(0));
        assertFalse(r.tryAcquire(0));
        assertFalse(r.tryAcquire(50_000_000));
        assertTrue(r.tryAcquire(100_000_000));
        assertFalse(r.tryAcquire(100_000_000));
    }

    @Test
    void idle_time_refills_no_more_than_the_burst() {
        RateLimiter r = new RateLimiter(10, 2, 0);
        long later = 60_000_000_000L;
        assertTrue(r.tryAcquire(later));
        assertTrue(r.tryAcquire(later));
        assertFalse(r.tryAcquire(later));
    }

    @Test
    void rate_must_be_positive() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, 1, 0));
    }
}
