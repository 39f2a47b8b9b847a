package org.gamescloud.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTests {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void doublesTheCeilingWithEveryFailureUpToTheCap() {
        assertThat(backoff.ceilingAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.ceilingAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceilingAfter(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.ceilingAfter(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(backoff.ceilingAfter(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.ceilingAfter(10_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void waitsBetweenHalfAndAllOfTheCeilingSoPartnersThatFailedTogetherRetryApart() {
        RandomGenerator random = new SplittableRandom(19);
        long smallest_ms = Long.MAX_VALUE;
        long largest_ms = 0;
        for (int i = 0; i < 1_000; i++) {
            long delay_ms = backoff.delayAfter(4, random).toMillis();
            smallest_ms = Math.min(smallest_ms, delay_ms);
            largest_ms = Math.max(largest_ms, delay_ms);
        }
        assertThat(smallest_ms).isBetween(4_000L, 4_100L);
        assertThat(largest_ms).isBetween(7_900L, 8_000L);
    }

    @Test
    void neverWaitsMoreThanTheCap() {
        RandomGenerator random = new SplittableRandom(7);
        for (int failures = 1; failures < 100; failures++) {
            assertThat(backoff.delayAfter(failures, random)).isLessThanOrEqualTo(Duration.ofMinutes(5));
        }
    }

    @Test
    void refusesACapBelowTheFirstWait() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
