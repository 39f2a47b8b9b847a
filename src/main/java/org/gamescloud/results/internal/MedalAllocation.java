package org.gamescloud.results.internal;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Competitor;
import org.gamescloud.games.Event;
import org.gamescloud.results.Medal;
import org.gamescloud.results.MedalAward;
import org.gamescloud.results.ResultStatus;
import org.gamescloud.results.UnitResults;
import org.gamescloud.results.internal.ranking.MedalRule;
import org.gamescloud.results.internal.ranking.RankedResult;
import org.gamescloud.results.internal.ranking.RankingRules;
import org.springframework.stereotype.Component;

/** Turns the ranking of an official medal unit into medals, and keeps the stored awards in step with it. */
@Component
class MedalAllocation {

    private final MedalAwards awards;

    MedalAllocation(MedalAwards awards) {
        this.awards = awards;
    }

    List<MedalAward> award(
            CompetitionUnit unit, Event event, List<RankedResult> ranked, Map<String, Competitor> competitors) {
        if (unit.medal() == null) {
            return List.of();
        }
        boolean contestOfTwo = RankingRules.isContestOfTwo(event.scoring());
        return MedalRule.awards(unit.medal(), contestOfTwo, ranked).stream()
                .map(award -> new MedalAward(
                        event.code(),
                        unit.code(),
                        award.competitor(),
                        competitors.get(award.competitor()).noc(),
                        Medal.valueOf(award.medal().name())))
                .toList();
    }

    UnitResults present(
            CompetitionUnit unit,
            Event event,
            ResultStatus status,
            int revision,
            OffsetDateTime at,
            List<RankedResult> ranked,
            Map<String, Competitor> competitors,
            List<MedalAward> medals,
            Map<String, List<String>> records) {
        Map<String, Medal> medalOf =
                medals.stream().collect(Collectors.toMap(MedalAward::competitor, MedalAward::medal));
        List<UnitResults.Line> lines = ranked.stream()
                .map(result -> new UnitResults.Line(
                        result.rank(),
                        result.competitor(),
                        competitors.get(result.competitor()).noc(),
                        result.mark(),
                        result.irm(),
                        medalOf.get(result.competitor()),
                        records.getOrDefault(result.competitor(), List.of())))
                .toList();
        return new UnitResults(unit.code(), event.code(), status, status.scheduleStatus(), revision, at, lines);
    }

    /**
     * Stores the awards of a new official revision of the unit. Returns the awards it withdrew when the medals
     * changed (an empty list on the first award), or empty when they stayed the same.
     */
    Optional<List<MedalAward>> replace(CompetitionUnit unit, UnitResults results, List<MedalAward> awarded) {
        List<MedalAward> before = awards.listOfUnit(unit.code());
        if (new HashSet<>(before).equals(new HashSet<>(awarded))) {
            return Optional.empty();
        }
        List<MedalAward> withdrawn =
                before.stream().filter(award -> !awarded.contains(award)).toList();
        awards.replace(unit.code(), results.revision(), awarded, withdrawn, results.updatedAt());
        return Optional.of(withdrawn);
    }
}
