package org.gamescloud.venues;

/**
 * Why a gate let a ticket through or not. The first seven answer an {@code IN} scan; {@link #EXITED} and
 * {@link #NOT_INSIDE} answer an {@code OUT} scan, which never admits.
 */
public enum ScanReason {
    ADMITTED,
    ALREADY_INSIDE,
    FORGED,
    REVOKED,
    WRONG_VENUE,
    WRONG_TIME,
    UNKNOWN,
    EXITED,
    NOT_INSIDE
}
