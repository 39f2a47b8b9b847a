package org.gamescloud.results.internal.ranking;

/**
 * A medal won in one unit.
 *
 * @param competitor athlete id or team code, as in the unit's results
 */
public record MedalAward(String competitor, Medal medal) {}
