package org.gamescloud.ticketing.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.ticketing.OrderPaid;
import org.gamescloud.ticketing.TicketRevoked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How an order ends: paid (tickets valid), failed or expired (seats back on sale), refunded (tickets revoked, seats
 * back on sale). Seats return to the in-memory inventory only after the change is committed. A payment that captured
 * for an order that can no longer be paid (its hold expired) is refunded, so money never stays without tickets.
 */
@Component
class OrderLifecycle {

    private final Orders orders;
    private final LedgerWriter writer;
    private final PaymentProvider payments;
    private final SaleCatalog catalog;
    private final Inventories inventories;
    private final TransactionTemplate transactions;
    private final GamesClock clock;
    private final ApplicationEventPublisher events;

    OrderLifecycle(
            Orders orders,
            LedgerWriter writer,
            PaymentProvider payments,
            SaleCatalog catalog,
            Inventories inventories,
            TransactionTemplate transactions,
            GamesClock clock,
            ApplicationEventPublisher events) {
        this.orders = orders;
        this.writer = writer;
        this.payments = payments;
        this.catalog = catalog;
        this.inventories = inventories;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The payment was authorised: issues the tickets and captures the money once they are written, or voids (refunds)
     * the payment when the order no longer awaits it.
     */
    boolean paid(UUID orderId, String account, String sessionCode) {
        boolean settled = writer.settle(orderId, account).join();
        if (settled) {
            payments.capture(orderId);
            events.publishEvent(new OrderPaid(orderId.toString(), sessionCode));
        } else if (orders.find(orderId).map(o -> !"PAID".equals(o.state())).orElse(true)) {
            payments.refund(orderId);
        }
        return settled;
    }

    /** A purchase whose payment was authorised at once was written paid: its money is captured, its tickets issued. */
    void issued(HoldCommand purchase) {
        payments.capture(purchase.orderId());
        events.publishEvent(new OrderPaid(purchase.orderId().toString(), purchase.sessionCode()));
    }

    boolean failed(UUID orderId) {
        return close(orderId, List.of("PAYING"), "FAILED", "RELEASED").isPresent();
    }

    boolean expired(UUID orderId) {
        return close(orderId, List.of("PAYING"), "EXPIRED", "RELEASED").isPresent();
    }

    /** Refunds a paid order: its tickets are revoked and their seats go back on sale. */
    boolean refunded(Orders.Order order) {
        List<Orders.Ticket> tickets = orders.ticketsOf(order.id());
        Optional<int[]> seats = close(order.id(), List.of("PAID"), "REFUNDED", "REVOKED");
        if (seats.isPresent()) {
            payments.refund(order.id());
            tickets.forEach(t -> events.publishEvent(new TicketRevoked(t.id().toString(), t.sessionCode())));
        }
        return seats.isPresent();
    }

    private Optional<int[]> close(UUID orderId, List<String> from, String to, String ticketState) {
        Optional<Orders.Order> order = orders.find(orderId);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        Optional<int[]> seats = transactions.execute(status -> orders.close(orderId, from, to, ticketState, clock));
        seats.ifPresent(released -> catalog.find(order.get().sessionCode())
                .ifPresent(session -> inventories.of(session).release(released)));
        return seats;
    }
}
