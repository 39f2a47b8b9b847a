package org.gamescloud.results;

/** A row of the medal table, exactly as {@code GET /api/medals} returns it. */
public record MedalStanding(int rank, String noc, int gold, int silver, int bronze, int total) {}
