package org.gamescloud.results.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.attempts;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.attemptsWithMark;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.mark;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistanceRuleTests {

    private final DistanceRule rule = new DistanceRule();

    @Test
    void breaksATieOnTheSecondBestAttempt() {
        // Tokyo 2020, men's long jump final: Tentoglou and Echevarría both 8.41; Tentoglou won on his second best,
        // 8.15 against 8.09; Massó bronze with 8.21. Reports give Tentoglou's rounds 1, 2, 5, 6 and Echevarría's
        // rounds 1-3 (Echevarría pulled up on the runway in round 6); their other rounds, shorter whatever they
        // were, are written here as fouls. Massó was hurt and took no further jump that counted.
        List<RankedResult> results = rule.rank(List.of(
                attempts("Masso", "8.21"),
                attempts("Echevarria", "8.09", "X", "8.41", "X", "X", "-"),
                attempts("Tentoglou", "8.11", "X", "X", "X", "8.15", "8.41")));

        assertThat(results)
                .extracting(RankedResult::rank, RankedResult::competitor, RankedResult::mark)
                .containsExactly(
                        tuple(1, "Tentoglou", "8.41"), tuple(2, "Echevarria", "8.41"), tuple(3, "Masso", "8.21"));
    }

    @Test
    void goesOnToTheThirdBestAndFurther() {
        List<RankedResult> results = rule.rank(
                List.of(attempts("A", "8.00", "7.90", "7.50"), attempts("B", "7.90", "8.00", "7.60", "X", "X", "X")));

        assertThat(results).extracting(RankedResult::competitor).containsExactly("B", "A");
    }

    @Test
    void givesTheCountbackToTheAthleteWithAnotherValidAttempt() {
        List<RankedResult> results =
                rule.rank(List.of(attempts("A", "8.00", "X", "X"), attempts("B", "X", "7.10", "8.00")));

        assertThat(results)
                .extracting(RankedResult::competitor, RankedResult::rank)
                .containsExactly(tuple("B", 1), tuple("A", 2));
    }

    @Test
    void sharesTheRankWhenEveryAttemptTies() {
        List<RankedResult> results = rule.rank(List.of(
                attempts("A", "8.10", "X", "8.00", "-"), attempts("B", "8.00", "8.10", "X"), attempts("C", "8.20")));

        assertThat(results)
                .extracting(RankedResult::competitor, RankedResult::rank)
                .containsExactly(tuple("C", 1), tuple("A", 2), tuple("B", 2));
    }

    @Test
    void givesNoMarkToASeriesOfFoulsAndPasses() {
        List<RankedResult> results =
                rule.rank(List.of(attempts("A", "X", "X", "X"), attempts("B", "7.50"), attempts("C", "X", "-", "r")));

        assertThat(results)
                .extracting(RankedResult::competitor, RankedResult::rank, RankedResult::mark, RankedResult::irm)
                .containsExactly(
                        tuple("B", 1, "7.50", null), tuple("A", null, null, "NM"), tuple("C", null, null, "NM"));
    }

    @Test
    void acceptsAMarkThatAgreesWithTheBestAttempt() {
        assertThat(rule.rank(List.of(attemptsWithMark("A", "8.1", "8.10", "X"))))
                .extracting(RankedResult::rank, RankedResult::mark)
                .containsExactly(tuple(1, "8.10"));
    }

    @Test
    void rejectsAMarkThatDoesNotAgreeWithTheAttempts() {
        assertThatThrownBy(() -> rule.rank(List.of(attemptsWithMark("A", "8.20", "8.10", "X"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor A: mark \"8.20\" does not agree with the attempts [8.10, X], which give a best"
                        + " of 8.10");
        assertThatThrownBy(() -> rule.rank(List.of(attemptsWithMark("A", "8.20", "X", "X"))))
                .hasMessageContaining("which give no valid attempt");
    }

    @Test
    void ranksAMarkSentWithoutAttemptsButItCannotWinACountback() {
        List<RankedResult> results =
                rule.rank(List.of(mark("A", "8.10"), attempts("B", "8.10", "7.00"), mark("C", "8.1")));

        assertThat(results)
                .extracting(RankedResult::competitor, RankedResult::rank)
                .containsExactly(tuple("B", 1), tuple("A", 2), tuple("C", 2));
    }

    @Test
    void rejectsAMalformedAttemptNamingIt() {
        assertThatThrownBy(() -> rule.rank(List.of(attempts("A", "8.10", "8,05"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor A: attempt 2 \"8,05\" is not written like 8.95");
        assertThatThrownBy(() -> rule.rank(List.of(attempts("A", "x")))).hasMessageContaining("attempt 1 \"x\"");
    }

    @Test
    void rejectsAttemptsAfterRetiringAndMoreThanSix() {
        assertThatThrownBy(() -> rule.rank(List.of(attempts("A", "7.10", "r", "7.50"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor A: attempt 3 \"7.50\" comes after retiring (r)");
        assertThatThrownBy(() -> rule.rank(List.of(attempts("A", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7"))))
                .hasMessage("competitor A: has 7 attempts, more than the 6 allowed");
    }
}
