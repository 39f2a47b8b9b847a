package org.gamescloud.platform.internal;

import java.time.Clock;
import java.time.Duration;
import org.gamescloud.platform.GamesClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the Games clock and shares its offset between nodes through the database, so that every node of a cluster
 * agrees on what "now" is.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    GamesClock gamesClock() {
        return new GamesClock(Clock.systemUTC());
    }

    @Bean
    ClockStore clockStore(JdbcClient jdbc, GamesClock clock, ClockProperties properties) {
        return new ClockStore(jdbc, clock, properties);
    }

    static class ClockStore {

        private final JdbcClient jdbc;
        private final GamesClock clock;
        private final ClockProperties properties;

        ClockStore(JdbcClient jdbc, GamesClock clock, ClockProperties properties) {
            this.jdbc = jdbc;
            this.clock = clock;
            this.properties = properties;
        }

        @EventListener(ApplicationStartedEvent.class)
        void startClock() {
            if (properties.start() != null) {
                clock.set(properties.start().toInstant());
                save();
            } else {
                refresh();
            }
            log.info("Games clock reads {}", clock.now());
        }

        void save() {
            jdbc.sql("""
                    INSERT INTO games_clock (id, offset_ms, updated_at) VALUES (1, :offset, now())
                    ON CONFLICT (id) DO UPDATE SET offset_ms = excluded.offset_ms, updated_at = excluded.updated_at
                    """).param("offset", clock.offset().toMillis()).update();
        }

        @Scheduled(fixedDelayString = "${games.clock.refresh-interval:5s}", initialDelayString = "5s")
        void refresh() {
            jdbc.sql("SELECT offset_ms FROM games_clock WHERE id = 1")
                    .query(Long.class)
                    .optional()
                    .ifPresent(millis -> clock.useOffset(Duration.ofMillis(millis)));
        }
    }
}
