package org.gamescloud.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class GamesClockTests {

    private final MutableClock system = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
    private final GamesClock clock = new GamesClock(system);

    @Test
    void runsOnFromTheMomentItIsSetTo() {
        clock.set(Instant.parse("2023-09-27T01:00:00Z"));
        system.advance(Duration.ofMinutes(90));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2023-09-27T02:30:00Z"));
    }

    @Test
    void readsGamesLocalTimeInHangzhou() {
        clock.set(Instant.parse("2023-09-26T16:30:00Z"));
        assertThat(clock.now().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(clock.today())
                .as("half past midnight in Hangzhou is already the next day")
                .isEqualTo(LocalDate.of(2023, 9, 27));
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
