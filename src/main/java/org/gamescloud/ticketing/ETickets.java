package org.gamescloud.ticketing;

import java.util.Optional;

/** What gates need of ticketing: checking an e-ticket's signature and the ticket's current state. */
public interface ETickets {

    /**
     * Verifies a QR payload (a JWS compact serialisation signed with Ed25519) against every key that may verify a valid
     * ticket.
     *
     * @return the signed claims, or empty when the payload is malformed, altered or signed by an unknown key
     */
    Optional<TicketClaims> verify(String qr);

    /** The ticket's current state, or empty when no such ticket was ever issued. */
    Optional<TicketState> findState(String ticketId);
}
