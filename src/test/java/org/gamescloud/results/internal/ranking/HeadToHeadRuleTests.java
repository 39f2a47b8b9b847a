package org.gamescloud.results.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.irm;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.mark;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.notYetCompeted;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.winner;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadToHeadRuleTests {

    private final HeadToHeadRule knockout = new HeadToHeadRule(false);
    private final HeadToHeadRule poolMatch = new HeadToHeadRule(true);

    @Test
    void givesTheWinToTheHigherScore() {
        // Tokyo 2020, women's featherweight semi-final: Irie beat Artingstall on a 3-2 split decision.
        assertThat(knockout.rank(List.of(mark("Artingstall", "2"), mark("Irie", "3"))))
                .extracting(RankedResult::rank, RankedResult::competitor, RankedResult::mark)
                .containsExactly(tuple(1, "Irie", "3"), tuple(2, "Artingstall", "2"));
    }

    @Test
    void letsTheDeclaredWinnerTakeALevelScore() {
        // 2022 FIFA World Cup final: Argentina 3-3 France after extra time; Argentina won the shoot-out 4-2.
        assertThat(knockout.rank(List.of(winner("ARG", "3"), mark("FRA", "3"))))
                .extracting(RankedResult::rank, RankedResult::competitor, RankedResult::mark)
                .containsExactly(tuple(1, "ARG", "3"), tuple(2, "FRA", "3"));
    }

    @Test
    void letsTheDeclaredWinnerTakeAContestWithoutScores() {
        // Tokyo 2020, judo men's -60 kg final: Takato beat Yang Yung-wei in golden score, Yang given a third shido.
        assertThat(knockout.rank(List.of(mark("Yang", null), winner("Takato", null))))
                .extracting(RankedResult::rank, RankedResult::competitor)
                .containsExactly(tuple(1, "Takato"), tuple(2, "Yang"));
    }

    @Test
    void rejectsAWinnerWithTheLowerScore() {
        assertThatThrownBy(() -> knockout.rank(List.of(winner("A", "1"), mark("B", "2"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor A: is marked as the winner with the lower score");
    }

    @Test
    void rejectsTwoWinners() {
        assertThatThrownBy(() -> knockout.rank(List.of(winner("A", "1"), winner("B", "1"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("A and B are both marked as the winner");
    }

    @Test
    void givesTheWinToTheOpponentOfADisqualifiedCompetitor() {
        assertThat(knockout.rank(List.of(irm("A", "DSQ", "5"), mark("B", "2"))))
                .extracting(RankedResult::rank, RankedResult::competitor, RankedResult::mark, RankedResult::irm)
                .containsExactly(tuple(1, "B", "2", null), tuple(null, "A", "5", "DSQ"));
        assertThat(knockout.rank(List.of(mark("A", null), irm("B", "DNS"))))
                .extracting(RankedResult::rank, RankedResult::competitor)
                .containsExactly(tuple(1, "A"), tuple(null, "B"));
    }

    @Test
    void givesNobodyTheWinWhenBothHaveAnInvalidResult() {
        assertThat(knockout.rank(List.of(irm("A", "DSQ"), irm("B", "DSQ"))))
                .extracting(RankedResult::rank)
                .containsExactly(null, null);
    }

    @Test
    void rejectsAWinnerWithAnInvalidResult() {
        ResultLine disqualifiedWinner = new ResultLine("A", null, "DSQ", true, null, null, null, null);

        assertThatThrownBy(() -> knockout.rank(List.of(disqualifiedWinner, mark("B", null))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor A: has IRM DSQ and cannot be the winner");
    }

    @Test
    void countsALevelPoolMatchAsADrawForBoth() {
        // 2018 FIFA World Cup, group H: Japan 2-2 Senegal.
        assertThat(poolMatch.rank(List.of(mark("JPN", "2"), mark("SEN", "2"))))
                .extracting(RankedResult::rank, RankedResult::competitor)
                .containsExactly(tuple(1, "JPN"), tuple(1, "SEN"));
    }

    @Test
    void leavesALevelKnockoutContestWithoutAWinnerUndecided() {
        assertThat(knockout.rank(List.of(mark("A", "1"), mark("B", "1"))))
                .extracting(RankedResult::rank, RankedResult::mark)
                .containsExactly(tuple(null, "1"), tuple(null, "1"));
    }

    @Test
    void leavesAStartListUnrankedEvenBeforeTheOpponentIsKnown() {
        assertThat(knockout.rank(List.of(notYetCompeted("A"), notYetCompeted("B"))))
                .extracting(RankedResult::rank, RankedResult::competitor)
                .containsExactly(tuple(null, "A"), tuple(null, "B"));
        assertThat(knockout.rank(List.of(notYetCompeted("A"))))
                .extracting(RankedResult::rank)
                .containsExactly((Integer) null);
    }

    @Test
    void rejectsAContestOfOtherThanTwo() {
        assertThatThrownBy(() -> knockout.rank(List.of(mark("A", "1"), mark("B", "0"), mark("C", "0"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("a head-to-head contest has two competitors, this message has 3");
        assertThatThrownBy(() -> knockout.rank(List.of(notYetCompeted("A"), notYetCompeted("B"), notYetCompeted("C"))))
                .isInstanceOf(InvalidResultException.class);
        assertThatThrownBy(() -> knockout.rank(List.of(mark("A", "1"))))
                .hasMessage("a head-to-head contest has two competitors, this message has 1");
    }

    @Test
    void rejectsAScoreOnOneSideOnly() {
        assertThatThrownBy(() -> knockout.rank(List.of(mark("A", "1"), notYetCompeted("B"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor B: has no score while the other side has one");
    }

    @Test
    void rejectsMalformedScoresAndTheSameCompetitorTwice() {
        assertThatThrownBy(() -> knockout.rank(List.of(mark("A", "3-1"), mark("B", "1"))))
                .hasMessageContaining("competitor A: score \"3-1\"");
        assertThatThrownBy(() -> knockout.rank(List.of(mark("A", "3"), mark("A", "1"))))
                .hasMessage("competitor A: appears more than once in the message");
    }
}
