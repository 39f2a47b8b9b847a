package org.gamescloud.travel.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;

/** Reads {@code departAt}: an ISO date-time with offset, a Games-local date-time, or a time of the Games' today. */
final class DepartureTimes {

    private DepartureTimes() {}

    static ZonedDateTime parse(String text, GamesClock clock) {
        if (text == null || text.isBlank()) {
            return clock.zonedNow();
        }
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(GamesClock.GAMES_ZONE);
        } catch (DateTimeParseException notWithOffset) {
            // try the Games-local forms
        }
        try {
            return LocalDateTime.parse(text).atZone(GamesClock.GAMES_ZONE);
        } catch (DateTimeParseException notLocal) {
            // try a time of today
        }
        try {
            return clock.today().atTime(LocalTime.parse(text)).atZone(GamesClock.GAMES_ZONE);
        } catch (DateTimeParseException notATime) {
            throw Problems.badRequest("departAt '" + text + "' is not a date-time (2023-09-27T09:00+08:00) or a time");
        }
    }
}
