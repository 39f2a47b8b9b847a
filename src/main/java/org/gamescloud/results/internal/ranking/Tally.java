package org.gamescloud.results.internal.ranking;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A competitor's record over some matches of a pool: the whole pool, or the matches between tied competitors. */
record Tally(String competitor, int played, int won, int drawn, int lost, int scoreFor, int scoreAgainst, int points) {

    /** The tallies of the given competitors over the played matches among {@code matches}. */
    static Map<String, Tally> table(Collection<String> competitors, List<PoolMatch> matches, PointsScheme scheme) {
        Map<String, Tally> table = new LinkedHashMap<>();
        competitors.forEach(competitor -> table.put(competitor, new Tally(competitor, 0, 0, 0, 0, 0, 0, 0)));
        for (PoolMatch match : matches) {
            if (match.isPlayed()) {
                table.computeIfPresent(match.first(), (first, tally) -> tally.after(match, scheme));
                table.computeIfPresent(match.second(), (second, tally) -> tally.after(match, scheme));
            }
        }
        return table;
    }

    int difference() {
        return scoreFor - scoreAgainst;
    }

    private Tally after(PoolMatch match, PointsScheme scheme) {
        boolean isFirst = match.first().equals(competitor);
        int scored = score(isFirst ? match.firstScore() : match.secondScore());
        int conceded = score(isFirst ? match.secondScore() : match.firstScore());
        String winner = match.winnerName().orElse(null);
        boolean win = competitor.equals(winner);
        boolean draw = winner == null;
        return new Tally(
                competitor,
                played + 1,
                won + (win ? 1 : 0),
                drawn + (draw ? 1 : 0),
                lost + (win || draw ? 0 : 1),
                scoreFor + scored,
                scoreAgainst + conceded,
                points + (win ? scheme.win() : draw ? scheme.draw() : scheme.loss()));
    }

    /** A match decided without a score (a walkover with a winner) counts for the result only. */
    private static int score(Integer score) {
        return score == null ? 0 : score;
    }
}
