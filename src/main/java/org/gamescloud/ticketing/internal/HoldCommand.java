package org.gamescloud.ticketing.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An order to write with its seats held: one purchase as the ledger writer receives it. */
record HoldCommand(
        UUID orderId,
        String account,
        String idempotencyKey,
        byte[] requestHash,
        String sessionCode,
        String category,
        BigDecimal amount,
        OffsetDateTime holdExpiresAt,
        List<TicketDraft> tickets) {

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

    int quantity() {
        return tickets.size();
    }

    int[] seats() {
        return tickets.stream().mapToInt(TicketDraft::seatNo).toArray();
    }
}
