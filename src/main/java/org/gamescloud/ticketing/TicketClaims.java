package org.gamescloud.ticketing;

/**
 * What a valid e-ticket's signed payload says.
 *
 * @param ticketId the ticket
 * @param sessionCode the Games session it admits to
 * @param venueCode the venue of that session
 * @param holderName the real-name holder
 * @param seat the readable seat label ({@code "Block 104, Row 12, Seat 7"} or {@code "Standing B"})
 */
public record TicketClaims(String ticketId, String sessionCode, String venueCode, String holderName, String seat) {}
