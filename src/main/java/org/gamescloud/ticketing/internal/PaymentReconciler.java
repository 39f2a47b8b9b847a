package org.gamescloud.ticketing.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.gamescloud.platform.GamesClock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * No order stays PAYING: orders whose callback has not come are checked with the provider. A captured payment issues
 * the tickets (or is refunded if the hold already expired); a declined one fails the order; an unanswered one expires
 * when its hold does, and its charge is cancelled so that it cannot capture later.
 */
@Component
class PaymentReconciler {

    /** Callbacks normally arrive within this; younger orders are left alone. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final Orders orders;
    private final PaymentProvider payments;
    private final OrderLifecycle lifecycle;
    private final GamesClock clock;
    private final TicketingProperties properties;

    PaymentReconciler(
            Orders orders,
            PaymentProvider payments,
            OrderLifecycle lifecycle,
            GamesClock clock,
            TicketingProperties properties) {
        this.properties = properties;
        this.orders = orders;
        this.payments = payments;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${games.ticketing.reconcile-every:10s}", initialDelayString = "10s")
    void reconcile() {
        reconcile(clock.now());
    }

    /** @return how many orders were settled, failed or expired */
    int reconcile(OffsetDateTime now) {
        int closed = 0;
        for (Orders.Order order : orders.listPaying(now.minus(GRACE))) {
            boolean done = switch (payments.status(order.id())) {
                case AUTHORIZED, CAPTURED -> {
                    lifecycle.paid(order.id(), order.account(), order.sessionCode());
                    yield true;
                }
                case DECLINED, REFUNDED -> lifecycle.failed(order.id());
                default -> !order.holdExpiresAt().isAfter(now) && expire(order);
            };
            closed += done ? 1 : 0;
        }
        return closed;
    }

    /** A node may stop between writing a paid order and capturing its money: capture what is still only authorised. */
    @EventListener(ApplicationReadyEvent.class)
    void captureAfterRestart() {
        captureAuthorised(clock.now().minus(properties.hold()));
    }

    /** @return how many paid orders (paid since {@code since}) had their authorised money captured now */
    int captureAuthorised(OffsetDateTime since) {
        int captured = 0;
        for (UUID orderId : orders.listPaidSince(since)) {
            if (payments.status(orderId) == PaymentProvider.ChargeStatus.AUTHORIZED && payments.capture(orderId)) {
                captured++;
            }
        }
        return captured;
    }

    private boolean expire(Orders.Order order) {
        payments.refund(order.id());
        return lifecycle.expired(order.id());
    }
}
