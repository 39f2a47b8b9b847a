package org.gamescloud.results.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.attempts;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.gymnastics;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.heights;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.mark;

import java.util.List;
import org.gamescloud.games.Scoring;
import org.junit.jupiter.api.Test;

class RankingRulesTests {

    private static List<String> winnerFirst(Scoring scoring, ResultLine... lines) {
        return RankingRules.of(scoring).rank(List.of(lines)).stream()
                .map(RankedResult::competitor)
                .toList();
    }

    @Test
    void ranksEachFamilyInItsOwnDirection() {
        assertThat(winnerFirst(Scoring.TIME, mark("slow", "10.01"), mark("fast", "9.58")))
                .startsWith("fast");
        assertThat(winnerFirst(Scoring.DISTANCE, attempts("short", "7.90"), attempts("long", "8.95")))
                .startsWith("long");
        assertThat(winnerFirst(Scoring.HEIGHT, heights("low", "2.20 O"), heights("high", "2.20 O, 2.24 O")))
                .startsWith("high");
        assertThat(winnerFirst(Scoring.POINTS_HIGH, mark("less", "10"), mark("more", "11")))
                .startsWith("more");
        assertThat(winnerFirst(Scoring.POINTS_LOW, mark("more", "70"), mark("less", "68")))
                .startsWith("less");
        assertThat(winnerFirst(Scoring.JUDGED, gymnastics("less", "5.0", "8.0"), gymnastics("more", "5.0", "9.0")))
                .startsWith("more");
        assertThat(winnerFirst(Scoring.HEAD_TO_HEAD, mark("loser", "0"), mark("winner", "1")))
                .startsWith("winner");
    }

    @Test
    void allowsDrawsInRoundRobinMatchesOnly() {
        List<ResultLine> levelMatch = List.of(mark("A", "1"), mark("B", "1"));

        assertThat(RankingRules.of(Scoring.ROUND_ROBIN).rank(levelMatch))
                .extracting(RankedResult::rank)
                .containsExactly(1, 1);
        assertThat(RankingRules.of(Scoring.HEAD_TO_HEAD).rank(levelMatch))
                .extracting(RankedResult::rank)
                .containsExactly(null, null);
    }

    @Test
    void knowsWhichFamiliesAreContestsOfTwo() {
        assertThat(RankingRules.isContestOfTwo(Scoring.HEAD_TO_HEAD)).isTrue();
        assertThat(RankingRules.isContestOfTwo(Scoring.ROUND_ROBIN)).isTrue();
        assertThat(RankingRules.isContestOfTwo(Scoring.JUDGED)).isFalse();
        assertThat(RankingRules.isContestOfTwo(Scoring.TIME)).isFalse();
    }
}
