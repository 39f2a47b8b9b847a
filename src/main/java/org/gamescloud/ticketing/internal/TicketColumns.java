package org.gamescloud.ticketing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Held or sold tickets of a batch as column arrays, for one set-based insert. */
final class TicketColumns {

    private final List<UUID> ids = new ArrayList<>();
    private final List<UUID> orders = new ArrayList<>();
    private final List<String> accounts = new ArrayList<>();
    private final List<String> sessions = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final List<Integer> seats = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> hashes = new ArrayList<>();
    private final List<String> lastFours = new ArrayList<>();
    private final List<String> idTypes = new ArrayList<>();
    private final List<String> qrs = new ArrayList<>();
    private final List<String> kids = new ArrayList<>();
    private final List<String> states = new ArrayList<>();

    void add(HoldCommand command, HoldCommand.TicketDraft ticket) {
        {
            ids.add(ticket.id());
            orders.add(command.orderId());
            accounts.add(command.account());
            sessions.add(command.sessionCode());
            categories.add(command.category());
            seats.add(ticket.seatNo());
            labels.add(ticket.seatLabel());
            names.add(ticket.holderName());
            hashes.add(HexFormat.of().formatHex(ticket.holderHash()));
            lastFours.add(ticket.holderLast4());
            idTypes.add(ticket.idType().name());
            qrs.add(ticket.qr());
            kids.add(ticket.kid());
            states.add(command.paid() ? "VALID" : "HELD");
        }
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }

    void bind(Connection connection, PreparedStatement statement, int first) throws SQLException {
        int i = first;
        statement.setArray(i++, connection.createArrayOf("uuid", ids.toArray()));
        statement.setArray(i++, connection.createArrayOf("uuid", orders.toArray()));
        for (List<String> column : List.of(accounts, sessions, categories)) {
            statement.setArray(i++, connection.createArrayOf("text", column.toArray()));
        }
        statement.setArray(i++, connection.createArrayOf("int4", seats.toArray()));
        for (List<String> column : List.of(labels, names, hashes, lastFours, idTypes, qrs, kids, states)) {
            statement.setArray(i++, connection.createArrayOf("text", column.toArray()));
        }
    }
}
