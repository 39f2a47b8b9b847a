package org.gamescloud.media.internal;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with "equal jitter": the n-th consecutive failure waits between half and all of
 * {@code initial × 2^(n-1)}, capped at {@code max}. The jitter spreads the retries of many partners (and nodes)
 * that failed together, so a partner coming back is not hit by all of them at once.
 */
record Backoff(Duration initial, Duration max) {

    Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Back-off needs 0 < initial <= max, was " + initial + " and " + max);
        }
    }

    Duration delayAfter(int failures, RandomGenerator random) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        long ceiling_ms = ceilingAfter(failures).toMillis();
        long half_ms = ceiling_ms / 2;
        return Duration.ofMillis(half_ms + random.nextLong(ceiling_ms - half_ms + 1));
    }

    /** The longest wait after {@code failures} consecutive failures. */
    Duration ceilingAfter(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 62);
        long initial_ms = initial.toMillis();
        long max_ms = max.toMillis();
        if (doublings >= Long.numberOfLeadingZeros(initial_ms) - 1) {
            return max;
        }
        return Duration.ofMillis(Math.min(initial_ms << doublings, max_ms));
    }
}
