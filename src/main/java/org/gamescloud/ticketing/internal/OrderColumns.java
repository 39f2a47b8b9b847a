package org.gamescloud.ticketing.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Orders of a batch as column arrays, for one set-based insert. */
final class OrderColumns {

    private final List<UUID> ids = new ArrayList<>();
    private final List<String> accounts = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final List<String> hashes = new ArrayList<>();
    private final List<String> sessions = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final List<Integer> quantities = new ArrayList<>();
    private final List<BigDecimal> amounts = new ArrayList<>();
    private final List<String> states = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Timestamp> expiries = new ArrayList<>();

    void add(HoldCommand command, HoldResult result) {
        boolean held = result.outcome() == HoldResult.Outcome.HELD;
        ids.add(command.orderId());
        accounts.add(command.account());
        keys.add(command.idempotencyKey());
        hashes.add(HexFormat.of().formatHex(command.requestHash()));
        sessions.add(command.sessionCode());
        categories.add(command.category());
        quantities.add(command.quantity());
        amounts.add(command.amount());
        states.add(held ? (command.paid() ? "PAID" : "PAYING") : "REJECTED");
        problems.add(result.problem());
        expiries.add(Timestamp.from(command.holdExpiresAt().toInstant()));
    }

    void bind(Connection connection, PreparedStatement statement, int first) throws SQLException {
        int i = first;
        statement.setArray(i++, connection.createArrayOf("uuid", ids.toArray()));
        statement.setArray(i++, connection.createArrayOf("text", accounts.toArray()));
        statement.setArray(i++, connection.createArrayOf("text", keys.toArray()));
        statement.setArray(i++, connection.createArrayOf("text", hashes.toArray()));
        statement.setArray(i++, connection.createArrayOf("text", sessions.toArray()));
        statement.setArray(i++, connection.createArrayOf("text", categories.toArray()));
        statement.setArray(i++, connection.createArrayOf("int4", quantities.toArray()));
        statement.setArray(i++, connection.createArrayOf("numeric", amounts.toArray()));
        statement.setArray(i++, connection.createArrayOf("text", states.toArray()));
        statement.setArray(i++, connection.createArrayOf("text", problems.toArray()));
        statement.setArray(i, connection.createArrayOf("timestamptz", expiries.toArray()));
    }
}
