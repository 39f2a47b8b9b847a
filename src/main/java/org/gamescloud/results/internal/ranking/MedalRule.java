package org.gamescloud.results.internal.ranking;

import java.util.List;
import java.util.Optional;
import org.gamescloud.games.MedalUnit;

/**
 * The medals an official unit awards, read from its competition ranks so that ties award what the sports award: a
 * tie for first gives two golds, no silver and then a bronze; a tie for second two silvers and no bronze; a tie for
 * third two bronzes. A competitor without a rank (an IRM, such as a disqualified finalist) wins nothing. Events with
 * two bronzes get them from two units: two bronze-medal contests (judo, wrestling) or two semi-finals whose losers
 * both take bronze (boxing, table tennis).
 */
public final class MedalRule {

    private MedalRule() {}

    /**
     * @param unit what the unit decides about medals
     * @param contestOfTwo whether the unit is a contest of two (see {@link RankingRules#isContestOfTwo}) rather than a
     *     ranked field; a final of two awards gold and silver only, its bronzes coming from other units
     * @param results the unit's ranked results, as a {@link RankingRule} gives them
     */
    public static List<MedalAward> awards(MedalUnit unit, boolean contestOfTwo, List<RankedResult> results) {
        return results.stream()
                .filter(result -> result.rank() != null && result.irm() == null)
                .flatMap(
                        result -> medalFor(unit, contestOfTwo, result.rank())
                                .map(medal -> new MedalAward(result.competitor(), medal))
                                .stream())
                .toList();
    }

    private static Optional<Medal> medalFor(MedalUnit unit, boolean contestOfTwo, int rank) {
        return switch (unit) {
            case GOLD ->
                switch (rank) {
                    case 1 -> Optional.of(Medal.GOLD);
                    case 2 -> Optional.of(Medal.SILVER);
                    case 3 -> contestOfTwo ? Optional.empty() : Optional.of(Medal.BRONZE);
                    default -> Optional.empty();
                };
            case BRONZE -> rank == 1 ? Optional.of(Medal.BRONZE) : Optional.empty();
            case SEMIFINAL -> rank == 2 ? Optional.of(Medal.BRONZE) : Optional.empty();
        };
    }
}
