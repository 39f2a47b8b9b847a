package org.gamescloud.identity;

/** What a user may do. Operators, managers and gates are further scoped to venues. */
public enum Role {
    ADMIN,
    RESULTS_OPERATOR,
    VENUE_MANAGER,
    GATE,
    SPECTATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
