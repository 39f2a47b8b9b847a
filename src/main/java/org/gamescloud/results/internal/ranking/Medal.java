package org.gamescloud.results.internal.ranking;

/** A medal awarded to a competitor. */
public enum Medal {
    GOLD,
    SILVER,
    BRONZE
}
