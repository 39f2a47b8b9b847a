package org.gamescloud.games;

import java.time.OffsetDateTime;
import java.util.Optional;

/** When and where the Games sessions are held, for modules that plan around them (travel). */
public interface ScheduledSessions {

    /** A session's venue and time window. */
    record ScheduledSession(String code, String venueCode, OffsetDateTime start, OffsetDateTime end) {}

    Optional<ScheduledSession> findSession(String code);
}
