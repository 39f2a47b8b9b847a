package org.gamescloud.ticketing.internal;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A payment provider as ticketing sees it, in two steps as card and wallet providers work: the amount is first
 * authorised (reserved, not taken), and captured only once the order is durably paid. So a node that stops between
 * the two leaves at worst an authorisation that lapses, never money taken for tickets that were not written.
 */
interface PaymentProvider {

    /**
     * Asks to authorise the order's amount: {@link ChargeStatus#AUTHORIZED} or {@link ChargeStatus#DECLINED} at once,
     * or {@link ChargeStatus#PENDING} when the answer comes later by signed callback.
     */
    ChargeStatus authorize(UUID orderId, String account, BigDecimal amount);

    /** Takes the authorised money; {@code false} when there was no authorisation to capture (or it lapsed). */
    boolean capture(UUID orderId);

    /** What the provider knows of the order's payment (used by the reconciler when a callback never came). */
    ChargeStatus status(UUID orderId);

    /** Gives captured money back, or voids an authorisation or a pending request so that it can never be captured. */
    void refund(UUID orderId);

    enum ChargeStatus {
        AUTHORIZED,
        CAPTURED,
        DECLINED,
        PENDING,
        REFUNDED,
        UNKNOWN
    }
}
