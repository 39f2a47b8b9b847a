package org.gamescloud.results.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.irm;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.mark;

import java.util.List;
import org.junit.jupiter.api.Test;

class PointsRuleTests {

    @Test
    void ranksTheHighestTotalFirst() {
        List<RankedResult> results = new PointsRule(true)
                .rank(List.of(mark("A", "629.5"), mark("B", "631.0"), mark("C", "629.50"), irm("D", "DNS")));

        assertThat(results)
                .extracting(RankedResult::competitor, RankedResult::rank, RankedResult::mark)
                .containsExactly(
                        tuple("B", 1, "631.0"),
                        tuple("A", 2, "629.5"),
                        tuple("C", 2, "629.50"),
                        tuple("D", null, null));
    }

    @Test
    void ranksTheLowestTotalFirstForStrokesNetPointsAndPenalties() {
        List<RankedResult> results = new PointsRule(false)
                .rank(List.of(mark("A", "268"), mark("B", "266"), mark("C", "267"), mark("D", "268")));

        assertThat(results)
                .extracting(RankedResult::competitor, RankedResult::rank)
                .containsExactly(tuple("B", 1), tuple("C", 2), tuple("A", 3), tuple("D", 3));
    }

    @Test
    void acceptsZeroButNotANegativeScore() {
        PointsRule penalties = new PointsRule(false);

        assertThat(penalties.rank(List.of(mark("A", "4"), mark("B", "0"))))
                .extracting(RankedResult::competitor)
                .containsExactly("B", "A");
        assertThatThrownBy(() -> penalties.rank(List.of(mark("A", "-3"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor A: score \"-3\" is negative");
    }
}
