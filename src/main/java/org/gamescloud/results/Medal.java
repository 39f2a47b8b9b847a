package org.gamescloud.results;

public enum Medal {
    GOLD,
    SILVER,
    BRONZE
}
