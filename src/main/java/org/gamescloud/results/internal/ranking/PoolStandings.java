package org.gamescloud.results.internal.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The standings of a pool (a group of a round robin). Competitors are ordered by points, then by the event's
 * tie-breakers in order, each applied to the competitors the ones before left level. Head-to-head uses the mini-table
 * of the matches between the competitors still level when it comes; it is not applied again to a smaller group it
 * leaves level (as UEFA does). Fair play points and the drawing of lots, FIFA's last criteria, are not modelled:
 * competitors still level share the rank and are listed by code.
 */
public final class PoolStandings {

    private static final Comparator<Tally> MOST_POINTS_FIRST =
            Comparator.comparingInt(Tally::points).reversed();

    private final PointsScheme scheme;
    private final List<TieBreaker> tieBreakers;

    public PoolStandings(PointsScheme scheme, List<TieBreaker> tieBreakers) {
        this.scheme = scheme;
        this.tieBreakers = List.copyOf(tieBreakers);
    }

    /** Football's defaults: 3/1/0 points, then goal difference, goals scored, head-to-head. */
    public static PoolStandings football() {
        return new PoolStandings(PointsScheme.FOOTBALL, TieBreaker.FOOTBALL);
    }

    /**
     * @param matches every match of the pool, played or not: a competitor whose matches are all still to play is
     *     listed with zeros
     */
    public List<StandingRow> standings(List<PoolMatch> matches) {
        List<Tally> byCode = Tally.table(competitorsOf(matches), matches, scheme).values().stream()
                .sorted(Comparator.comparing(Tally::competitor))
                .toList();
        List<List<Tally>> levelRuns = new ArrayList<>();
        for (List<Tally> levelOnPoints : runs(byCode, MOST_POINTS_FIRST)) {
            levelRuns.addAll(separate(levelOnPoints, 0, matches));
        }
        return CompetitionRanks.rank(levelRuns, StandingRow::of);
    }

    /** Orders competitors level so far with the tie-breakers from {@code next} on, keeping those still level as runs. */
    private List<List<Tally>> separate(List<Tally> level, int next, List<PoolMatch> matches) {
        if (level.size() < 2 || next == tieBreakers.size()) {
            return List.of(level);
        }
        List<List<Tally>> separated = new ArrayList<>();
        for (List<Tally> stillLevel : runs(level, tieBreakers.get(next).order(level, matches, scheme))) {
            separated.addAll(separate(stillLevel, next + 1, matches));
        }
        return separated;
    }

    private static List<List<Tally>> runs(List<Tally> tallies, Comparator<Tally> bestFirst) {
        return CompetitionRanks.tiedRuns(tallies.stream().sorted(bestFirst).toList(), bestFirst);
    }

    private static Set<String> competitorsOf(List<PoolMatch> matches) {
        Set<String> competitors = new LinkedHashSet<>();
        matches.forEach(match -> {
            competitors.add(match.first());
            competitors.add(match.second());
        });
        return competitors;
    }
}
