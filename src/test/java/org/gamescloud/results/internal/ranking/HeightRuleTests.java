package org.gamescloud.results.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.heights;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.heightsAt;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.heightsWithMark;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.mark;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeightRuleTests {

    private final HeightRule rule = new HeightRule();

    @Test
    void sharesGoldOnIdenticalRecordsAndSeparatesTheRestOnFailures() {
        // Tokyo 2020, men's high jump final (Track & Field News chart). Barshim and Tamberi cleared every height up
        // to 2.37 at the first attempt and failed three times at 2.39: they shared gold. Their early heights (clean
        // clearances or passes) are left out; they change nothing. Nedasekau also cleared 2.37 first time but had
        // failed once at 2.19 and once at 2.35: bronze. Woo and Starc both cleared 2.35 first time; Woo had one
        // failure below (2.33), Starc two: 4th and 5th. Their failures at 2.37 and 2.39, above their best, do not
        // count.
        List<RankedResult> results = rule.rank(List.of(
                heights("Starc", "2.19 O, 2.24 O, 2.27 O, 2.30 O, 2.33 XXO, 2.35 O, 2.37 X-, 2.39 XX"),
                heights("Nedasekau", "2.19 XO, 2.24 O, 2.27 O, 2.30 O, 2.33 O, 2.35 X-, 2.37 O, 2.39 XXX"),
                heights("Barshim", "2.30 O, 2.33 O, 2.35 O, 2.37 O, 2.39 XXX"),
                heights("Woo", "2.19 O, 2.24 O, 2.27 O, 2.30 O, 2.33 XO, 2.35 O, 2.37 X-, 2.39 XX"),
                heights("Tamberi", "2.30 O, 2.33 O, 2.35 O, 2.37 O, 2.39 XXX")));

        assertThat(results)
                .extracting(RankedResult::rank, RankedResult::competitor, RankedResult::mark)
                .containsExactly(
                        tuple(1, "Barshim", "2.37"),
                        tuple(1, "Tamberi", "2.37"),
                        tuple(3, "Nedasekau", "2.37"),
                        tuple(4, "Woo", "2.35"),
                        tuple(5, "Starc", "2.35"));
    }

    @Test
    void countsJumpsAtTheBestHeightBeforeFailuresOverall() {
        List<RankedResult> results =
                rule.rank(List.of(heights("A", "2.20 O, 2.30 XO"), heights("B", "2.20 XXO, 2.30 O, 2.33 XXX")));

        assertThat(results).extracting(RankedResult::competitor).containsExactly("B", "A");
    }

    @Test
    void ignoresFailuresAboveTheBestHeight() {
        List<RankedResult> results =
                rule.rank(List.of(heights("A", "2.30 O, 2.33 XXX"), heights("B", "2.30 O, 2.33 X-")));

        assertThat(results).extracting(RankedResult::rank).containsExactly(1, 1);
    }

    @Test
    void readsHeightsInOrderOfTheBarWhateverTheOrderSent() {
        List<RankedResult> results =
                rule.rank(List.of(heights("A", "2.28 XXX, 2.24 XO, 2.20 O"), heights("B", "2.24 O")));

        assertThat(results)
                .extracting(RankedResult::competitor, RankedResult::rank, RankedResult::mark)
                .containsExactly(tuple("B", 1, "2.24"), tuple("A", 2, "2.24"));
    }

    @Test
    void givesNoMarkWhenNoHeightIsCleared() {
        assertThat(rule.rank(List.of(heights("A", "2.20 XXX"), heights("B", "2.20 XO"))))
                .extracting(RankedResult::competitor, RankedResult::rank, RankedResult::irm)
                .containsExactly(tuple("B", 1, null), tuple("A", null, "NM"));
    }

    @Test
    void ranksAMarkSentWithoutAttemptsBehindEqualHeightsWithThem() {
        List<RankedResult> results =
                rule.rank(List.of(mark("A", "2.30"), heights("B", "2.30 XXO"), mark("C", "2.33"), mark("D", "2.3")));

        assertThat(results)
                .extracting(RankedResult::competitor, RankedResult::rank)
                .containsExactly(tuple("C", 1), tuple("B", 2), tuple("A", 3), tuple("D", 3));
    }

    @Test
    void rejectsAMarkThatDoesNotAgreeWithTheAttempts() {
        assertThatThrownBy(() -> rule.rank(List.of(heightsWithMark("A", "2.33", "2.30 O, 2.33 XXX"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessageContaining("competitor A: mark \"2.33\" does not agree with the attempts")
                .hasMessageContaining("which give a best of 2.30");
    }

    @Test
    void rejectsAttemptsAfterThreeConsecutiveFailures() {
        assertThatThrownBy(() -> rule.rank(List.of(heights("A", "2.20 XX-, 2.24 X, 2.28 O"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor A: has attempts at 2.28 after three consecutive failures");
    }

    @Test
    void rejectsAttemptsThatAreNotAHighJumpRecord() {
        for (String attempts : List.of("OX", "XXXX", "0", "o", "", "XO-")) {
            assertThatThrownBy(() -> rule.rank(List.of(heightsAt("A", null, Map.of("2.20", attempts)))))
                    .isInstanceOf(InvalidResultException.class)
                    .hasMessageContaining("competitor A: attempts \"%s\" at 2.20".formatted(attempts));
        }
    }

    @Test
    void rejectsTheSameHeightTwiceAndMalformedHeights() {
        assertThatThrownBy(() -> rule.rank(List.of(heights("A", "2.2 O, 2.20 XO"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor A: height 2.20 appears twice");
        assertThatThrownBy(() -> rule.rank(List.of(heights("A", "2,20 O"))))
                .hasMessage("competitor A: height \"2,20\" is not written like 8.95");
    }
}
