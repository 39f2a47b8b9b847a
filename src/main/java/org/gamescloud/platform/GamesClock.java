package org.gamescloud.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one clock that everything time-dependent reads: what is "today", what is live, what is on sale, what a gate
 * admits. It runs at real speed from a settable starting point, so a demo or a test can stand on a busy Games day
 * while time still passes. Games data lives in Games-local time ({@link #GAMES_ZONE}).
 */
public class GamesClock extends Clock {

    public static final ZoneId GAMES_ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock system;
    private volatile Duration offset = Duration.ZERO;

    public GamesClock(Clock system) {
        this.system = system;
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return GAMES_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(instant(), GAMES_ZONE);
    }

    public ZonedDateTime zonedNow() {
        return ZonedDateTime.ofInstant(instant(), GAMES_ZONE);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), GAMES_ZONE);
    }

    /** Moves the Games clock so that it reads {@code now} at this moment; it runs on from there. */
    public void set(Instant now) {
        offset = Duration.between(system.instant(), now);
    }

    /** The distance between Games time and system time; shared between nodes through the database. */
    public Duration offset() {
        return offset;
    }

    public void useOffset(Duration offset) {
        this.offset = offset;
    }
}
