package org.gamescloud.ticketing;

/** An order was paid and its tickets issued. */
public record OrderPaid(String orderId, String sessionCode) {}
