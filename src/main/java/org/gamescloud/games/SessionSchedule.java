package org.gamescloud.games;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may read of the competition sessions: ticketing sells them, gates admit to them, venue
 * operations count who is inside them.
 */
public interface SessionSchedule {

    Optional<ScheduledSession> findSession(String code);

    /** The sessions starting at or after {@code from} and before {@code to}, by start time, with their units. */
    List<ScheduledSession> listSessionsStarting(OffsetDateTime from, OffsetDateTime to);

    /** The venue's sessions that end after {@code from} and start before {@code to}, by start time, with their units. */
    List<ScheduledSession> listSessions(String venueCode, OffsetDateTime from, OffsetDateTime to);
}
