package org.gamescloud.ticketing.internal;

import java.util.List;
import java.util.UUID;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.gamescloud.ticketing.TicketClaims;
import org.gamescloud.ticketing.TicketRevoked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Refunds before the session starts, and face-value transfers of a ticket to another real-name holder. */
@Service
class Refunds {

    private final Orders orders;
    private final OrderLifecycle lifecycle;
    private final SaleCatalog catalog;
    private final HolderIds holderIds;
    private final ETicketCodec codec;
    private final JdbcClient jdbc;
    private final GamesClock clock;
    private final ApplicationEventPublisher events;

    Refunds(
            Orders orders,
            OrderLifecycle lifecycle,
            SaleCatalog catalog,
            HolderIds holderIds,
            ETicketCodec codec,
            JdbcClient jdbc,
            GamesClock clock,
            ApplicationEventPublisher events) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.catalog = catalog;
        this.holderIds = holderIds;
        this.codec = codec;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Refunds the order (idempotent: a refunded order answers the same again). */
    OrderView refund(UUID orderId, String account, boolean admin) {
        Orders.Order order = ownedOrder(orderId, account, admin);
        if (!"REFUNDED".equals(order.state())) {
            if (!"PAID".equals(order.state())) {
                throw Problems.conflict("Only a paid order can be refunded; this one is " + order.state());
            }
            SaleSession session = catalog.find(order.sessionCode()).orElseThrow();
            if (!clock.now().isBefore(session.start())) {
                throw Problems.conflict("Session " + session.code() + " has started: no refund");
            }
            lifecycle.refunded(order);
        }
        Orders.Order now = orders.find(orderId).orElseThrow();
        return OrderView.of(now, orders.ticketsOf(orderId));
    }

    /** Transfers a valid ticket to another holder at face value: a new ticket for the same seat, the old one revoked. */
    @Transactional
    OrderView.TicketView transfer(UUID ticketId, String account, boolean admin, ValidHolder holder) {
        Orders.Ticket old = orders.findTicket(ticketId).orElseThrow(() -> Problems.notFound("No ticket " + ticketId));
        ownedOrder(old.orderId(), account, admin);
        if (!"VALID".equals(old.state())) {
            throw Problems.conflict("Only a valid ticket can be transferred");
        }
        SaleSession session = catalog.find(old.sessionCode()).orElseThrow();
        if (!clock.now().isBefore(session.start())) {
            throw Problems.conflict("Session " + session.code() + " has started: no transfer");
        }
        jdbc.sql("UPDATE ticket SET state = 'REVOKED' WHERE id = :id")
                .param("id", ticketId)
                .update();
        UUID newId = UUID.randomUUID();
        ETicketCodec.Signed signed = codec.sign(
                new TicketClaims(newId.toString(), session.code(), session.venue(), holder.name(), old.seatLabel()),
                session.start(),
                session.end());
        try {
            jdbc.sql("""
                    INSERT INTO ticket (id, order_id, account, session_code, category, seat_no, seat_label, holder_name,
                                        holder_hash, holder_last4, id_type, state, qr, kid, replaced_from, created_at)
                    VALUES (:id, :order, :account, :session, :category, :seat, :label, :name, :hash, :last4, :idType,
                            'VALID', :qr, :kid, :from, :now)
                    """)
                    .param("id", newId)
                    .param("order", old.orderId())
                    .param("account", old.account())
                    .param("session", old.sessionCode())
                    .param("category", old.category())
                    .param("seat", old.seatNo())
                    .param("label", old.seatLabel())
                    .param("name", holder.name())
                    .param("hash", holderIds.hash(holder.idType(), holder.idNumber()))
                    .param("last4", HolderIds.lastFour(holder.idNumber()))
                    .param("idType", holder.idType().name())
                    .param("qr", signed.qr())
                    .param("kid", signed.kid())
                    .param("from", ticketId)
                    .param("now", clock.now())
                    .update();
        } catch (DuplicateKeyException e) {
            throw Problems.conflict("One ticket per ID per session: the new holder already has a ticket for it");
        }
        events.publishEvent(new TicketRevoked(ticketId.toString(), old.sessionCode()));
        return new OrderView.TicketView(newId.toString(), old.seatLabel(), holder.name(), signed.qr());
    }

    private Orders.Order ownedOrder(UUID orderId, String account, boolean admin) {
        Orders.Order order = orders.find(orderId).orElseThrow(() -> Problems.notFound("No order " + orderId));
        if (!admin && !order.account().equals(account)) {
            throw Problems.forbidden("Only the order's owner or an administrator may do this");
        }
        return order;
    }

    List<Orders.Ticket> ticketsOf(String account) {
        return orders.ticketsOfAccount(account);
    }
}
