package org.gamescloud.games;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The competition sessions of the Games: what gates, ticketing and venue operations need of the schedule. */
public interface ScheduledSessions {

    Optional<ScheduledSession> findSession(String code);

    /** The venue's sessions that end after {@code from} and start before {@code to}, by start time. */
    List<ScheduledSession> listSessions(String venueCode, OffsetDateTime from, OffsetDateTime to);
}
