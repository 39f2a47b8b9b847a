package org.gamescloud.ticketing.internal;

import java.util.List;

/** The answer to an order: its id, state and (once paid) its tickets. */
record OrderView(String orderId, String state, List<TicketView> tickets) {

    record TicketView(String ticketId, String seat, String holderName, String qr) {}

    static OrderView of(Orders.Order order, List<Orders.Ticket> tickets) {
        boolean issued = !order.state().equals("PAYING")
                && !order.state().equals("FAILED")
                && !order.state().equals("EXPIRED")
                && !order.state().equals("REJECTED");
        return new OrderView(
                order.id().toString(),
                order.state(),
                issued
                        ? tickets.stream()
                                .map(t -> new TicketView(t.id().toString(), t.seatLabel(), t.holderName(), t.qr()))
                                .toList()
                        : List.of());
    }
}
