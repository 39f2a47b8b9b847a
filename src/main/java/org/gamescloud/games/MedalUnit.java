package org.gamescloud.games;

/** What a unit decides about medals (API.md). */
public enum MedalUnit {
    /** Decides gold and silver, plus bronze where the event has a single bronze. */
    GOLD,
    /** A bronze-medal contest: its winner gets a bronze; an event may have two. */
    BRONZE,
    /** Its loser gets a bronze, as in boxing, table tennis, badminton, fencing. */
    SEMIFINAL
}
