package org.gamescloud.simulator;

/** The scoring family of an event, as the API names it: it decides what a mark looks like. */
enum Family {
    TIME,
    DISTANCE,
    HEIGHT,
    POINTS_HIGH,
    POINTS_LOW,
    JUDGED,
    HEAD_TO_HEAD,
    ROUND_ROBIN;

    /** Two competitors who score against each other, rather than a field that is measured. */
    boolean isContest() {
        return this == HEAD_TO_HEAD || this == ROUND_ROBIN;
    }
}
