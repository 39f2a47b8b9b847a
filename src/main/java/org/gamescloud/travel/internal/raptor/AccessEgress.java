package org.gamescloud.travel.internal.raptor;

/** A walk between the journey's origin (or destination) and a stop, taking {@code duration_s} seconds. */
public record AccessEgress(int stop, int duration_s) {

    public AccessEgress {
        if (duration_s < 0) {
            throw new IllegalArgumentException("negative walk " + duration_s);
        }
    }
}
