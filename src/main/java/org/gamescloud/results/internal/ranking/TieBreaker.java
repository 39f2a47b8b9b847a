package org.gamescloud.results.internal.ranking;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What separates competitors of a pool level on points, in the order an event configures them. */
public enum TieBreaker {
    /**
     * The mini-table of the matches between the tied competitors only: its points, then its score difference, then
     * its scores for.
     */
    HEAD_TO_HEAD,
    /** Score difference (goal difference) over all the pool's matches. */
    DIFFERENCE,
    /** Scores for (goals scored) over all the pool's matches. */
    SCORED;

    /** FIFA World Cup order since 1994: goal difference, goals scored, then the matches between the tied teams. */
    public static final List<TieBreaker> FOOTBALL = List.of(DIFFERENCE, SCORED, HEAD_TO_HEAD);

    /** Orders the tied competitors best first; those it finds equal stay tied for the next tie-breaker. */
    Comparator<Tally> order(List<Tally> tied, List<PoolMatch> matches, PointsScheme scheme) {
        return switch (this) {
            case DIFFERENCE -> Comparator.comparingInt(Tally::difference).reversed();
            case SCORED -> Comparator.comparingInt(Tally::scoreFor).reversed();
            case HEAD_TO_HEAD -> miniTableOrder(tied, matches, scheme);
        };
    }

    private static Comparator<Tally> miniTableOrder(List<Tally> tied, List<PoolMatch> matches, PointsScheme scheme) {
        Set<String> competitors = tied.stream().map(Tally::competitor).collect(Collectors.toSet());
        List<PoolMatch> between =
                matches.stream().filter(match -> match.isAmong(competitors)).toList();
        Map<String, Tally> miniTable = Tally.table(competitors, between, scheme);
        Comparator<Tally> miniTableBestFirst = Comparator.comparingInt(Tally::points)
                .thenComparingInt(Tally::difference)
                .thenComparingInt(Tally::scoreFor)
                .reversed();
        return Comparator.comparing(tally -> miniTable.get(tally.competitor()), miniTableBestFirst);
    }
}
