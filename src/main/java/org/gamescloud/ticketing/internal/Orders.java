package org.gamescloud.ticketing.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gamescloud.platform.GamesClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders and their tickets as stored; state changes off the hot path (fail, expire, refund) happen here. */
@Repository
class Orders {

    record Order(
            UUID id,
            String account,
            String idempotencyKey,
            byte[] requestHash,
            String sessionCode,
            String category,
            int quantity,
            BigDecimal amount,
            String state,
            String problem,
            OffsetDateTime holdExpiresAt,
            OffsetDateTime createdAt) {}

    record Ticket(
            UUID id,
            UUID orderId,
            String account,
            String sessionCode,
            String category,
            int seatNo,
            String seatLabel,
            String holderName,
            String holderLast4,
            String idType,
            String state,
            String qr) {}

    private static final String ORDER_COLUMNS = "id, account, idempotency_key, request_hash, session_code, category,"
            + " quantity, amount, state, problem, hold_expires_at, created_at";
    private static final String TICKET_COLUMNS = "id, order_id, account, session_code, category, seat_no, seat_label,"
            + " holder_name, holder_last4, id_type, state, qr";

    private final JdbcClient jdbc;

    Orders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Order> findByKey(String account, String idempotencyKey) {
        return jdbc.sql("SELECT " + ORDER_COLUMNS
                        + " FROM ticket_order WHERE account = :account AND idempotency_key = :key")
                .param("account", account)
                .param("key", idempotencyKey)
                .query(Orders::order)
                .optional();
    }

    Optional<Order> find(UUID id) {
        return jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM ticket_order WHERE id = :id")
                .param("id", id)
                .query(Orders::order)
                .optional();
    }

    /** The tickets the order was sold with (not those created later by a transfer), by seat. */
    List<Ticket> ticketsOf(UUID orderId) {
        return jdbc.sql("SELECT " + TICKET_COLUMNS + " FROM ticket WHERE order_id = :order AND replaced_from IS NULL"
                        + " ORDER BY seat_no")
                .param("order", orderId)
                .query(Orders::ticket)
                .list();
    }

    Optional<Ticket> findTicket(UUID ticketId) {
        return jdbc.sql("SELECT " + TICKET_COLUMNS + " FROM ticket WHERE id = :id")
                .param("id", ticketId)
                .query(Orders::ticket)
                .optional();
    }

    /** The account's issued tickets, newest first. */
    List<Ticket> ticketsOfAccount(String account) {
        // through the account's orders (unique index on account, idempotency key) and ticket_by_order
        return jdbc.sql("SELECT " + TICKET_COLUMNS + " FROM ticket WHERE order_id IN"
                        + " (SELECT id FROM ticket_order WHERE account = :account) AND account = :account"
                        + " AND state IN ('VALID', 'REVOKED') ORDER BY created_at DESC, seat_no LIMIT 200")
                .param("account", account)
                .query(Orders::ticket)
                .list();
    }

    /** Orders still awaiting their payment that were created before {@code before}. */
    /** The ids of orders that became paid since then (the newest first, at most 100,000). */
    List<UUID> listPaidSince(OffsetDateTime since) {
        return jdbc.sql("SELECT id FROM ticket_order WHERE state = 'PAID' AND updated_at >= :since"
                        + " ORDER BY updated_at DESC LIMIT 100000")
                .param("since", since)
                .query(UUID.class)
                .list();
    }

    List<Order> listPaying(OffsetDateTime before) {
        return jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM ticket_order WHERE state = 'PAYING'"
                        + " AND created_at < :before ORDER BY hold_expires_at LIMIT 1000")
                .param("before", before)
                .query(Orders::order)
                .list();
    }

    /**
     * Moves the order from one of {@code from} to {@code to} and its held or valid tickets to {@code ticketState}.
     *
     * @return the seats given back, or empty when the order was not in one of {@code from}
     */
    Optional<int[]> close(UUID orderId, List<String> from, String to, String ticketState, GamesClock clock) {
        int changed = jdbc.sql("UPDATE ticket_order SET state = :to, updated_at = :now WHERE id = :id"
                        + " AND state IN (:from)")
                .param("to", to)
                .param("now", clock.now())
                .param("id", orderId)
                .param("from", from)
                .update();
        if (changed == 0) {
            return Optional.empty();
        }
        List<Integer> seats = jdbc.sql("UPDATE ticket SET state = :state WHERE order_id = :id"
                        + " AND state IN ('HELD', 'VALID') RETURNING seat_no")
                .param("state", ticketState)
                .param("id", orderId)
                .query(Integer.class)
                .list();
        return Optional.of(seats.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Order order(ResultSet rs, int row) throws SQLException {
        return new Order(
                rs.getObject("id", UUID.class),
                rs.getString("account"),
                rs.getString("idempotency_key"),
                rs.getBytes("request_hash"),
                rs.getString("session_code"),
                rs.getString("category"),
                rs.getInt("quantity"),
                rs.getBigDecimal("amount"),
                rs.getString("state"),
                rs.getString("problem"),
                rs.getObject("hold_expires_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static Ticket ticket(ResultSet rs, int row) throws SQLException {
        return new Ticket(
                rs.getObject("id", UUID.class),
                rs.getObject("order_id", UUID.class),
                rs.getString("account"),
                rs.getString("session_code"),
                rs.getString("category"),
                rs.getInt("seat_no"),
                rs.getString("seat_label"),
                rs.getString("holder_name"),
                rs.getString("holder_last4"),
                rs.getString("id_type"),
                rs.getString("state"),
                rs.getString("qr"));
    }
}
