package org.gamescloud.ticketing.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The simulated payment provider's own record of charges: what it authorised, captured, declined and refunded. With
 * {@code games.ticketing.simulated-payments.durable=true} it is kept in PostgreSQL ({@link DurableChargeBook}), so
 * that, like a real provider's, it outlives a restart of this node; by default in memory ({@link InMemoryChargeBook}),
 * which the flash sale pays nothing for.
 */
interface ChargeBook {

    /** Records the charge's status (a new charge, or one asked again); returns once it is recorded. */
    void put(UUID orderId, String account, BigDecimal amount, PaymentProvider.ChargeStatus status);

    /**
     * Moves the charge to the status its current status maps to, atomically.
     *
     * @return whether the charge was in one of the mapped statuses (and so was moved)
     */
    boolean change(UUID orderId, Map<PaymentProvider.ChargeStatus, PaymentProvider.ChargeStatus> changes);

    Optional<PaymentProvider.ChargeStatus> find(UUID orderId);
}
