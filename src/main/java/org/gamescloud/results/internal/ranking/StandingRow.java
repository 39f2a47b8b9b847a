package org.gamescloud.results.internal.ranking;

/**
 * A competitor's row in a pool's standings (API.md {@code standings}).
 *
 * @param rank competition rank: competitors the tie-breakers cannot separate share it
 * @param scoreFor scores for (the API's {@code for}: goals, points or sets scored)
 * @param scoreAgainst scores against (the API's {@code against})
 */
public record StandingRow(
        int rank,
        String competitor,
        int played,
        int won,
        int drawn,
        int lost,
        int scoreFor,
        int scoreAgainst,
        int points) {

    static StandingRow of(int rank, Tally tally) {
        return new StandingRow(
                rank,
                tally.competitor(),
                tally.played(),
                tally.won(),
                tally.drawn(),
                tally.lost(),
                tally.scoreFor(),
                tally.scoreAgainst(),
                tally.points());
    }
}
