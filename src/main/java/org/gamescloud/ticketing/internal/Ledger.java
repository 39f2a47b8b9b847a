package org.gamescloud.ticketing.internal;

import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGStatement;

/**
 * The purchase hot path in SQL: a whole batch of orders is checked and written with a handful of set-based statements
 * (arrays unnested by PostgreSQL) in one transaction, so that one commit (one disk flush) carries hundreds of
 * purchases. The unique indexes on (session, seat) and (session, holder) stay the last word: a row they refuse makes
 * its order rejected, never a double sale. Holders are not looked up before the insert: a holder who already has a
 * ticket is rare, and the index finds it anyway (the insert skips the row and the order is rejected), so a lookup per
 * ticket would only cost every purchase a round trip.
 */
final class Ledger {

    private static final String UNIQUE_VIOLATION = "23505";
    static final String HOLDER_TAKEN = "A holder already has a ticket for this session.";

    private final int accountLimit;

    Ledger(int accountLimit) {
        this.accountLimit = accountLimit;
    }

    List<HoldResult> hold(Connection connection, List<HoldCommand> commands, OffsetDateTime now) throws SQLException {
        Set<HolderKey> holdersTaken = new HashSet<>(); // within this batch; earlier ones are the index's job
        Map<String, Integer> owned = ownedTickets(connection, commands);
        List<HoldResult> results = new ArrayList<>();
        Set<String> keysSeen = new HashSet<>();
        for (HoldCommand command : commands) {
            results.add(decide(command, keysSeen, holdersTaken, owned));
        }
        Written written = write(connection, commands, results, now);
        Set<UUID> inserted = written.orders();
        Map<UUID, Integer> ticketsWritten = written.tickets();
        List<UUID> refused = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            HoldCommand command = commands.get(i);
            if (results.get(i) == null || !inserted.contains(command.orderId())) {
                results.set(i, HoldResult.DUPLICATE_KEY);
            } else if (results.get(i).outcome() == HoldResult.Outcome.HELD
                    && ticketsWritten.getOrDefault(command.orderId(), 0) < command.quantity()) {
                refused.add(command.orderId());
                results.set(i, HoldResult.rejected(HOLDER_TAKEN));
            }
        }
        if (!refused.isEmpty()) {
            rejectAfterConflict(connection, refused, now);
        }
        return results;
    }

    private record Written(Set<UUID> orders, Map<UUID, Integer> tickets) {}

    /**
     * Writes the batch's orders and tickets with plain inserts inside a savepoint, and only when one of them hits a
     * unique index (a retried idempotency key, a holder who already has a ticket, a seat another node sold) writes the
     * batch again with {@code ON CONFLICT DO NOTHING}. Conflicts are rare, and an {@code ON CONFLICT} insert costs
     * every row a speculative insertion: each unique index probed once more and one more WAL record.
     */
    private Written write(
            Connection connection, List<HoldCommand> commands, List<HoldResult> results, OffsetDateTime now)
            throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            Set<UUID> orders = insertOrders(connection, commands, results, now, "");
            Map<UUID, Integer> tickets = insertTickets(connection, commands, results, orders, now, "");
            connection.releaseSavepoint(savepoint);
            return new Written(orders, tickets);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(savepoint);
        }
        Set<UUID> orders =
                insertOrders(connection, commands, results, now, "ON CONFLICT (account, idempotency_key) DO NOTHING");
        return new Written(orders, insertTickets(connection, commands, results, orders, now, "ON CONFLICT DO NOTHING"));
    }

    /** Null for a key already used earlier in the batch (left to the database as a duplicate). */
    private HoldResult decide(
            HoldCommand command, Set<String> keysSeen, Set<HolderKey> holdersTaken, Map<String, Integer> owned) {
        if (!keysSeen.add(command.account() + "\n" + command.idempotencyKey())) {
            return null;
        }
        for (HoldCommand.TicketDraft ticket : command.tickets()) {
            if (holdersTaken.contains(holderKey(command.sessionCode(), ticket.holderHash()))) {
                return HoldResult.rejected(HOLDER_TAKEN);
            }
        }
        String accountKey = command.account() + "\n" + command.sessionCode();
        int already = owned.getOrDefault(accountKey, 0);
        if (already + command.quantity() > accountLimit) {
            return HoldResult.rejected("At most " + accountLimit
                    + " tickets per account for a session; this account has " + already + ".");
        }
        owned.put(accountKey, already + command.quantity());
        command.tickets().forEach(t -> holdersTaken.add(holderKey(command.sessionCode(), t.holderHash())));
        return HoldResult.HELD;
    }

    private static HolderKey holderKey(String session, byte[] hash) {
        return new HolderKey(session, ByteBuffer.wrap(hash));
    }

    /** A holder of a session within a batch ({@link ByteBuffer} compares the hash by content). */
    private record HolderKey(String session, ByteBuffer hash) {}

    /**
     * The tickets each account of the batch already holds or owns for the session: the quantity of its orders being
     * paid or paid (a transfer keeps the count, a refund, failure or expiry ends the order), read through the unique
     * (account, idempotency key) index rather than a per-ticket index that every sale would have to maintain.
     */
    private Map<String, Integer> ownedTickets(Connection connection, List<HoldCommand> commands) throws SQLException {
        Set<List<String>> pairs = new HashSet<>();
        commands.forEach(c -> pairs.add(List.of(c.account(), c.sessionCode())));
        List<String> accounts = new ArrayList<>();
        List<String> sessions = new ArrayList<>();
        pairs.forEach(pair -> {
            accounts.add(pair.get(0));
            sessions.add(pair.get(1));
        });
        Map<String, Integer> owned = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT x.account, x.session_code,
                       (SELECT sum(o.quantity) FROM ticket_order o WHERE o.account = x.account
                          AND o.session_code = x.session_code AND o.state IN ('PAYING', 'PAID'))
                FROM unnest(?::text[], ?::text[]) AS x (account, session_code)
                """)) {
            // one index lookup per account (a sub-select, not a join: the planner preferred hashing every order of the
            // table once the batch had hundreds of accounts); planned each time with the current statistics
            select.unwrap(PGStatement.class).setPrepareThreshold(0);
            select.setArray(1, texts(connection, accounts));
            select.setArray(2, texts(connection, sessions));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (rows.getInt(3) > 0) {
                        owned.put(rows.getString(1) + "\n" + rows.getString(2), rows.getInt(3));
                    }
                }
            }
        }
        return owned;
    }

    private Set<UUID> insertOrders(
            Connection connection,
            List<HoldCommand> commands,
            List<HoldResult> results,
            OffsetDateTime now,
            String onConflict)
            throws SQLException {
        OrderColumns columns = new OrderColumns();
        for (int i = 0; i < commands.size(); i++) {
            if (results.get(i) != null) {
                columns.add(commands.get(i), results.get(i));
            }
        }
        Set<UUID> inserted = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO ticket_order (id, account, idempotency_key, request_hash, session_code, category,
                                          quantity, amount, state, problem, hold_expires_at, created_at, updated_at)
                SELECT id, account, key, decode(hash, 'hex'), session_code, category, quantity, amount, state, problem,
                       hold_expires_at, ?, ?
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::numeric[],
                            ?::text[], ?::text[], ?::timestamptz[])
                  AS x (id, account, key, hash, session_code, category, quantity, amount, state, problem,
                        hold_expires_at)
                %s
                RETURNING id
                """.formatted(onConflict))) {
            Timestamp at = Timestamp.from(now.toInstant());
            insert.setTimestamp(1, at);
            insert.setTimestamp(2, at);
            columns.bind(connection, insert, 3);
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return inserted;
    }

    private Map<UUID, Integer> insertTickets(
            Connection connection,
            List<HoldCommand> commands,
            List<HoldResult> results,
            Set<UUID> inserted,
            OffsetDateTime now,
            String onConflict)
            throws SQLException {
        List<Map.Entry<HoldCommand, HoldCommand.TicketDraft>> drafts = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            HoldCommand command = commands.get(i);
            if (results.get(i) != null
                    && results.get(i).outcome() == HoldResult.Outcome.HELD
                    && inserted.contains(command.orderId())) {
                command.tickets().forEach(ticket -> drafts.add(Map.entry(command, ticket)));
            }
        }
        // unsigned byte order = PostgreSQL's bytea order (no hex string per comparison)
        drafts.sort(Map.Entry.comparingByValue((a, b) -> Arrays.compareUnsigned(a.holderHash(), b.holderHash())));
        TicketColumns columns = new TicketColumns();
        drafts.forEach(row -> columns.add(row.getKey(), row.getValue()));
        Map<UUID, Integer> written = new HashMap<>();
        if (columns.isEmpty()) {
            return written;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO ticket (id, order_id, account, session_code, category, seat_no, seat_label, holder_name,
                                    holder_hash, holder_last4, id_type, state, qr, kid, created_at)
                SELECT id, order_id, account, session_code, category, seat_no, seat_label, holder_name,
                       decode(holder_hash, 'hex'), holder_last4, id_type, state, qr, kid, ?
                FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                  AS x (id, order_id, account, session_code, category, seat_no, seat_label, holder_name, holder_hash,
                        holder_last4, id_type, qr, kid, state)
                %s
                RETURNING order_id
                """.formatted(onConflict))) {
            insert.setTimestamp(1, Timestamp.from(now.toInstant()));
            columns.bind(connection, insert, 2);
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    written.merge(rows.getObject(1, UUID.class), 1, Integer::sum);
                }
            }
        }
        return written;
    }

    private static void rejectAfterConflict(Connection connection, List<UUID> orders, OffsetDateTime now)
            throws SQLException {
        Array ids = connection.createArrayOf("uuid", orders.toArray());
        try (PreparedStatement release =
                        connection.prepareStatement("UPDATE ticket SET state = 'RELEASED' WHERE order_id = ANY (?)");
                PreparedStatement reject = connection.prepareStatement("UPDATE ticket_order SET state = 'REJECTED',"
                        + " problem = ?, updated_at = ? WHERE id = ANY (?)")) {
            release.setArray(1, ids);
            release.executeUpdate();
            reject.setString(1, HOLDER_TAKEN);
            reject.setTimestamp(2, Timestamp.from(now.toInstant()));
            reject.setArray(3, ids);
            reject.executeUpdate();
        }
    }

    /**
     * Marks paid orders PAID and their tickets VALID.
     *
     * @return the orders settled; an order missing from it was no longer PAYING (expired or failed meanwhile)
     */
    Set<UUID> settle(Connection connection, List<UUID> orders, OffsetDateTime now) throws SQLException {
        Set<UUID> settled = new HashSet<>();
        Array ids = connection.createArrayOf("uuid", orders.toArray());
        try (PreparedStatement paid = connection.prepareStatement("UPDATE ticket_order SET state = 'PAID',"
                + " updated_at = ? WHERE id = ANY (?) AND state = 'PAYING' RETURNING id")) {
            paid.setTimestamp(1, Timestamp.from(now.toInstant()));
            paid.setArray(2, ids);
            try (ResultSet rows = paid.executeQuery()) {
                while (rows.next()) {
                    settled.add(rows.getObject(1, UUID.class));
                }
            }
        }
        if (!settled.isEmpty()) {
            try (PreparedStatement valid = connection.prepareStatement(
                    "UPDATE ticket SET state = 'VALID' WHERE order_id = ANY (?) AND state = 'HELD'")) {
                valid.setArray(1, connection.createArrayOf("uuid", settled.toArray()));
                valid.executeUpdate();
            }
        }
        return settled;
    }

    static Array texts(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
