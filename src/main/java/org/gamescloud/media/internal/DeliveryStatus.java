package org.gamescloud.media.internal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where a partner's delivery stands.
 *
 * @param queued updates waiting for the partner's acknowledgement
 * @param oldestQueuedId the id of the next update to deliver ({@code null} when nothing is queued)
 * @param lagSeconds how long the oldest queued update has waited (0 when nothing is queued)
 * @param lastDeliveredId the highest id the partner acknowledged
 * @param failedAttempts consecutive failed attempts of the head of the queue
 * @param nextAttemptAt when the next attempt may start (after a failure: when its back-off ends)
 * @param deliveringNode the node holding the partner's delivery lease right now, if any
 */
record DeliveryStatus(
        long queued,
        Long oldestQueuedId,
        BigDecimal lagSeconds,
        Long lastDeliveredId,
        Instant lastDeliveredAt,
        int failedAttempts,
        String lastError,
        Instant lastErrorAt,
        Instant nextAttemptAt,
        String deliveringNode) {}
