package org.gamescloud.ticketing.internal;

import java.math.BigDecimal;
import java.util.UUID;

/** A payment provider as ticketing sees it: charge, ask what became of a charge, refund. */
interface PaymentProvider {

    /** Asks for the order's amount; the answer may come later by signed callback ({@link ChargeStatus#PENDING}). */
    ChargeStatus charge(UUID orderId, String account, BigDecimal amount);

    /** What the provider knows of the order's charge (used by the reconciler when a callback never came). */
    ChargeStatus status(UUID orderId);

    /** Gives the money back (or cancels a pending charge so that it can no longer capture). */
    void refund(UUID orderId);

    enum ChargeStatus {
        CAPTURED,
        DECLINED,
        PENDING,
        REFUNDED,
        UNKNOWN
    }
}
