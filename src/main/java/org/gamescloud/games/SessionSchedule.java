package org.gamescloud.games;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** What other modules may read of the competition sessions (ticketing sells them, gates admit to them). */
public interface SessionSchedule {

    Optional<ScheduledSession> findSession(String code);

    /** The sessions starting in {@code [from, to)}, by start time, with their units. */
    List<ScheduledSession> listSessionsStarting(OffsetDateTime from, OffsetDateTime to);
}
