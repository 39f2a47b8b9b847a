package org.gamescloud.venues;

import java.time.Instant;

/** A spectator entered a venue on a valid ticket (each entry, re-entries after an exit included). */
public record SpectatorAdmitted(
        String ticketId, String sessionCode, String venueCode, String gate, Instant admittedAt) {}
