package org.gamescloud.games;

/** The scoring family of an event: which ranking rule applies. */
public enum Scoring {
    TIME,
    DISTANCE,
    HEIGHT,
    POINTS_HIGH,
    /** Lowest score wins: golf strokes, sailing net points, equestrian penalties. */
    POINTS_LOW,
    JUDGED,
    HEAD_TO_HEAD,
    ROUND_ROBIN
}
