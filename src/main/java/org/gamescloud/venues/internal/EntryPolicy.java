package org.gamescloud.venues.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gamescloud.games.ScheduledSession;
import org.gamescloud.ticketing.TicketClaims;
import org.gamescloud.ticketing.TicketState;
import org.gamescloud.venues.GateDirection;
import org.gamescloud.venues.ScanReason;

/**
 * What a gate decides from a genuine ticket alone, before looking at who is inside: the ticket must have been issued,
 * be for this venue, and (to come in) still be valid and be presented from 3 hours before its session starts until the
 * session ends. Leaving is always allowed for a ticket of this venue.
 */
final class EntryPolicy {

    static final Duration OPENS_BEFORE_START = Duration.ofHours(3);

    private EntryPolicy() {}

    /**
     * @param state the ticket's state, empty when ticketing never issued it
     * @param session the ticket's session, empty when the Games do not know it
     * @return why the scan is refused, or empty when the gate goes on to admit (or let out)
     */
    static Optional<ScanReason> refusal(
            TicketClaims claims,
            Optional<TicketState> state,
            Optional<ScheduledSession> session,
            String gateVenue,
            GateDirection direction,
            Instant at) {
        if (state.isEmpty() || session.isEmpty()) {
            return Optional.of(ScanReason.UNKNOWN);
        }
        if (!gateVenue.equals(claims.venueCode())
                || !gateVenue.equals(session.get().venue())) {
            return Optional.of(ScanReason.WRONG_VENUE);
        }
        if (direction == GateDirection.OUT) {
            return Optional.empty();
        }
        if (state.get() == TicketState.REVOKED) {
            return Optional.of(ScanReason.REVOKED);
        }
        if (!admitsAt(session.get(), at)) {
            return Optional.of(ScanReason.WRONG_TIME);
        }
        return Optional.empty();
    }

    static boolean admitsAt(ScheduledSession session, Instant at) {
        Instant opens = session.start().toInstant().minus(OPENS_BEFORE_START);
        return !at.isBefore(opens) && at.isBefore(session.end().toInstant());
    }
}
