package org.gamescloud.ticketing.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The simulated provider's charges in this JVM only: a restart forgets them (no real provider would). The default,
 * because the durable book costs the flash sale 12–27 % more CPU per order (docs/benchmarks.md, Session 4).
 */
@Component
@ConditionalOnProperty(
        name = "games.ticketing.simulated-payments.durable",
        havingValue = "false",
        matchIfMissing = true)
class InMemoryChargeBook implements ChargeBook {

    private final Map<UUID, PaymentProvider.ChargeStatus> charges = new ConcurrentHashMap<>();

    @Override
    public void put(UUID orderId, String account, BigDecimal amount, PaymentProvider.ChargeStatus status) {
        charges.put(orderId, status);
    }

    @Override
    public boolean change(UUID orderId, Map<PaymentProvider.ChargeStatus, PaymentProvider.ChargeStatus> changes) {
        boolean[] changed = {false};
        charges.computeIfPresent(orderId, (id, status) -> {
            changed[0] = changes.containsKey(status);
            return changes.getOrDefault(status, status);
        });
        return changed[0];
    }

    @Override
    public Optional<PaymentProvider.ChargeStatus> find(UUID orderId) {
        return Optional.ofNullable(charges.get(orderId));
    }
}
