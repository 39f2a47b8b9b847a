package org.gamescloud.venues;

/** Which way a spectator passes a gate. */
public enum GateDirection {
    IN,
    OUT
}
