package org.gamescloud.venues;

import java.time.Instant;

/**
 * A gate scanned an e-ticket, whatever the outcome; published once the scan is recorded.
 *
 * @param ticketId the ticket, or null when the payload was forged (nothing in it can be trusted)
 * @param sessionCode the session the ticket is for, or null when forged
 * @param venueCode the venue of the gate
 * @param gate the gate id ({@code <venue code>/<label>})
 * @param scannedAt when the gate scanned it (an offline gate's local time once synced)
 * @param offline whether the scan reached the server through an offline gate's sync
 */
public record TicketScanned(
        String ticketId,
        String sessionCode,
        String venueCode,
        String gate,
        GateDirection direction,
        ScanReason reason,
        boolean admitted,
        Instant scannedAt,
        boolean offline) {}
