package org.gamescloud.ticketing;

/** Whether an issued ticket still admits: refunded or transferred tickets are revoked. */
public enum TicketState {
    VALID,
    REVOKED
}
