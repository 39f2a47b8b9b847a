package org.gamescloud.results.internal.ranking;

/** A mark or line that the sport's rule cannot accept; the message says which and why, for a 4xx problem. */
public class InvalidResultException extends RuntimeException {

    public InvalidResultException(String message) {
        super(message);
    }
}
