package org.gamescloud.results.internal.ranking;

/** A mark or line that the sport's rule cannot accept; the message says which and why, for a 4xx problem. */
public class InvalidResultException extends RuntimeException {

    public InvalidResultException(String message) {
        super(message);
    }

    /**
     * A problem with one value, introduced by whose it is so that the operator can find it in the message.
     *
     * @param whose who or what the value belongs to, e.g. {@code competitor 1004512} or {@code record}
     */
    static InvalidResultException about(String whose, String problem) {
        return new InvalidResultException(whose + ": " + problem);
    }
}
