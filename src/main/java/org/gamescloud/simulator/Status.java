package org.gamescloud.simulator;

/** The result statuses the simulator sends, in the order a unit moves through them (API.md). */
enum Status {
    START_LIST,
    LIVE,
    INTERMEDIATE,
    UNOFFICIAL,
    OFFICIAL
}
