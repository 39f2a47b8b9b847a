package org.gamescloud.ticketing.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An order to write with its seats: one purchase as the ledger writer receives it. When {@code paid}, the payment
 * already captured and the order is written PAID with valid tickets in that same commit; otherwise it is written
 * PAYING with the seats held until the payment ends.
 */
record HoldCommand(
        UUID orderId,
        String account,
        String idempotencyKey,
        byte[] requestHash,
        String sessionCode,
        String category,
        BigDecimal amount,
        OffsetDateTime holdExpiresAt,
        List<TicketDraft> tickets,
        boolean paid) {

    /** A ticket about to be held: its seat, real-name holder and pre-signed QR payload. */
    record TicketDraft(
            UUID id,
            int seatNo,
            String seatLabel,
            String holderName,
            byte[] holderHash,
            String holderLast4,
            IdType idType,
            String qr,
            String kid) {}

    HoldCommand asPaid() {
        return new HoldCommand(
                orderId,
                account,
                idempotencyKey,
                requestHash,
                sessionCode,
                category,
                amount,
                holdExpiresAt,
                tickets,
                true);
    }

    int quantity() {
        return tickets.size();
    }

    int[] seats() {
        return tickets.stream().mapToInt(TicketDraft::seatNo).toArray();
    }
}
