package org.gamescloud.ticketing;

/** A ticket no longer admits (its order was refunded or it was transferred to another holder). */
public record TicketRevoked(String ticketId, String sessionCode) {}
