package org.gamescloud.results.internal.ranking;

/**
 * A competitor's place after a rule has ranked a unit.
 *
 * @param competitor athlete id or team code
 * @param rank competition rank (1, 2, 2, 4), or null when unranked (an invalid result, or no mark yet)
 * @param mark the mark in the sport's canonical notation (computed where the message sent components, dives or
 *     attempts), or null
 * @param irm the invalid result mark, or null
 */
public record RankedResult(String competitor, Integer rank, String mark, String irm) {}
