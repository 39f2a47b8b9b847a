package org.gamescloud.games;

/** Gender of an event or competitor, as ODF: men, women, mixed, open. */
public enum Gender {
    M,
    W,
    X,
    O;

    /** Whether a competitor of gender {@code competitor} may enter an event of this gender. */
    public boolean admits(Gender competitor) {
        return this == X || this == O || this == competitor;
    }
}
