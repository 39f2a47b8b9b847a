package org.gamescloud.ticketing.internal;

import java.util.Optional;
import java.util.UUID;
import org.gamescloud.ticketing.ETickets;
import org.gamescloud.ticketing.TicketClaims;
import org.gamescloud.ticketing.TicketState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The e-ticket contract gates rely on: signature check against the published keys, and the ticket's state. */
@Component
class SignedETickets implements ETickets {

    private final ETicketCodec codec;
    private final JdbcClient jdbc;

    SignedETickets(ETicketCodec codec, JdbcClient jdbc) {
        this.codec = codec;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TicketClaims> verify(String qr) {
        return codec.verify(qr);
    }

    /** A ticket only held for an unpaid order was never issued; released and revoked tickets no longer admit. */
    @Override
    public Optional<TicketState> findState(String ticketId) {
        UUID id;
        try {
            id = UUID.fromString(ticketId);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT state FROM ticket WHERE id = :id AND state IN ('VALID', 'REVOKED')")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(state -> "VALID".equals(state) ? TicketState.VALID : TicketState.REVOKED);
    }
}
