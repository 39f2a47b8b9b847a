package org.gamescloud.results.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.components;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.dive;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.dives;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.gymnastics;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.mark;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgedRuleTests {

    private final JudgedRule rule = new JudgedRule();

    @Test
    void breaksAGymnasticsTieOnTheHigherExecutionScore() {
        // London 2012, men's pommel horse final: Berki (D 6.9, E 9.166) and Smith (D 7.0, E 9.066) both 16.066;
        // Berki won gold on his higher E score. Whitlock bronze with 15.600.
        List<RankedResult> results = rule.rank(List.of(
                gymnastics("Smith", "7.0", "9.066"), mark("Whitlock", "15.600"), gymnastics("Berki", "6.9", "9.166")));

        assertThat(results)
                .extracting(RankedResult::rank, RankedResult::competitor, RankedResult::mark)
                .containsExactly(
                        tuple(1, "Berki", "16.066"), tuple(2, "Smith", "16.066"), tuple(3, "Whitlock", "15.600"));
    }

    @Test
    void thenBreaksItOnTheHigherDifficultyScoreThenShares() {
        List<RankedResult> results = rule.rank(List.of(
                components("A", null, Map.of("D", "6.0", "E", "9.000")),
                components("B", null, Map.of("D", "6.3", "E", "9.000", "penalty", "0.3")),
                components("C", null, Map.of("D", "6.0", "E", "9.000"))));

        assertThat(results)
                .extracting(RankedResult::competitor, RankedResult::rank, RankedResult::mark)
                .containsExactly(tuple("B", 1, "15.000"), tuple("A", 2, "15.000"), tuple("C", 2, "15.000"));
    }

    @Test
    void subtractsThePenalty() {
        List<RankedResult> results =
                rule.rank(List.of(components("A", "15.333", Map.of("D", "6.4", "E", "9.033", "penalty", "0.1"))));

        assertThat(results).extracting(RankedResult::mark).containsExactly("15.333");
    }

    @Test
    void totalsADivingFinal() {
        // Tokyo 2020, women's 10 m platform final: Quan Hongchan 466.20, Chen Yuxi 425.40, Melissa Wu 371.40.
        // Quan's dives 2 and 4 had 10 from all seven judges, her fifth six 10s and a 9.5: 96.00 each (3 × 10 × 3.2).
        // Her other two dives scored 82.50 and 95.70; their panels are not reproduced: the ones here are made up to
        // give those scores (9.0 + 9.0 + 9.5 = 27.5 × 3.0 = 82.50; 9.5 + 9.5 + 10 = 29.0 × 3.3 = 95.70).
        List<RankedResult> results = rule.rank(List.of(
                mark("Chen", "425.40"),
                dives(
                        "Quan",
                        "466.20",
                        dive("3.0", "9.0", "9.5", "9.0", "9.5", "9.0", "8.5", "9.5"),
                        dive("3.2", "10", "10", "10", "10", "10", "10", "10"),
                        dive("3.3", "9.5", "10", "9.5", "10", "9.5", "9.0", "10"),
                        dive("3.2", "10", "10", "10", "10", "10", "10", "10"),
                        dive("3.2", "10", "10", "9.5", "10", "10", "10", "10")),
                mark("Wu", "371.40")));

        assertThat(results)
                .extracting(RankedResult::rank, RankedResult::competitor, RankedResult::mark)
                .containsExactly(tuple(1, "Quan", "466.20"), tuple(2, "Chen", "425.40"), tuple(3, "Wu", "371.40"));
    }

    @Test
    void dropsTheTwoHighestAndTwoLowestOfSevenJudges() {
        // 8.0 8.0 | 8.5 8.5 8.5 | 8.5 9.0: 25.5 × 3.4 = 86.70 (the example of API.md).
        assertThat(rule.rank(List.of(dives("A", null, dive("3.4", "8.5", "8.0", "8.5", "9.0", "8.5", "8.0", "8.5")))))
                .extracting(RankedResult::mark)
                .containsExactly("86.70");
    }

    @Test
    void dropsTheHighestAndLowestOfFiveJudges() {
        // 6.0 | 6.5 7.0 7.0 | 8.0: 20.5 × 2.0 = 41.00; 5.5 | 6.0 6.0 6.5 | 7.0: 18.5 × 1.9 = 35.15.
        List<RankedResult> results = rule.rank(List.of(dives(
                "A",
                null,
                dive("2.0", "7.0", "6.0", "8.0", "6.5", "7.0"),
                dive("1.9", "6.0", "7.0", "6.5", "5.5", "6.0"))));

        assertThat(results).extracting(RankedResult::mark).containsExactly("76.15");
    }

    @Test
    void keepsFiveOfElevenSynchronisedScoresAndScalesThemByThreeFifths() {
        // Execution of the first diver 8.0 | 8.5 | 9.0 keeps 8.5; of the second 8.0 | 8.5 | 8.5 keeps 8.5;
        // synchronisation 8.5 | 8.5 9.0 9.0 | 9.5 keeps 26.5. (8.5 + 8.5 + 26.5) × 3.3 × 0.6 = 43.5 × 1.98 = 86.13.
        ResultLine.Dive synchro =
                dive("3.3", "8.0", "8.5", "9.0", "8.5", "8.5", "8.0", "9.0", "8.5", "9.0", "9.5", "8.5");

        assertThat(rule.rank(List.of(dives("CHN", "86.13", synchro))))
                .extracting(RankedResult::rank, RankedResult::mark)
                .containsExactly(tuple(1, "86.13"));
    }

    @Test
    void ranksPlainJudgedScores() {
        assertThat(rule.rank(List.of(mark("A", "85.250"), mark("B", "86"), mark("C", "85.25"))))
                .extracting(RankedResult::competitor, RankedResult::rank)
                .containsExactly(tuple("B", 1), tuple("A", 2), tuple("C", 2));
    }

    @Test
    void rejectsAMarkThatDoesNotAgreeWithTheDivesOrComponents() {
        assertThatThrownBy(() -> rule.rank(
                        List.of(dives("A", "86.00", dive("3.4", "8.5", "8.0", "8.5", "9.0", "8.5", "8.0", "8.5")))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor A: mark \"86.00\" does not agree with the dives, which give 86.70");
        assertThatThrownBy(() -> rule.rank(List.of(components("A", "16.000", Map.of("D", "6.9", "E", "9.166")))))
                .hasMessage("competitor A: mark \"16.000\" does not agree with the components, which give 16.066");
    }

    @Test
    void rejectsJudgesScoresOutsideZeroToTenInHalfPoints() {
        for (String score : List.of("10.5", "7.3", "-1", "8,5")) {
            assertThatThrownBy(
                            () -> rule.rank(List.of(dives("A", null, dive("3.0", "8.0", "8.0", "8.0", "8.0", score)))))
                    .isInstanceOf(InvalidResultException.class)
                    .hasMessageContaining("competitor A, dive 1: judge's score \"%s\"".formatted(score));
        }
    }

    @Test
    void rejectsAPanelOfAnotherSizeAndAMissingDifficulty() {
        assertThatThrownBy(() -> rule.rank(List.of(dives("A", null, dive("3.0", "8", "8", "8", "8", "8", "8")))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor A, dive 1: has 6 judges' scores; panels have 5, 7 or 11 judges");
        assertThatThrownBy(() -> rule.rank(List.of(dives("A", null, dive(null, "8", "8", "8", "8", "8")))))
                .hasMessage("competitor A, dive 1: has no difficulty");
        assertThatThrownBy(() -> rule.rank(List.of(dives("A", null, dive("3.45", "8", "8", "8", "8", "8")))))
                .hasMessage("competitor A, dive 1: difficulty \"3.45\" has more than 1 decimal");
    }

    @Test
    void rejectsComponentsThatAreNotDExecutionAndPenalty() {
        assertThatThrownBy(() -> rule.rank(List.of(components("A", null, Map.of("D", "6.0", "X", "9.0")))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor A: component \"X\" is not one of D, E, penalty");
        assertThatThrownBy(() -> rule.rank(List.of(components("A", null, Map.of("D", "6.0")))))
                .hasMessage("competitor A: component E is missing");
        assertThatThrownBy(() -> rule.rank(List.of(gymnastics("A", "6.0", "10.100"))))
                .hasMessage("competitor A: E score 10.100 is above 10");
        assertThatThrownBy(() -> rule.rank(List.of(components("A", null, Map.of("D", "1", "E", "1", "penalty", "3")))))
                .hasMessage("competitor A: penalty 3 is more than D + E");
    }

    @Test
    void rejectsALineWithBothDivesAndComponents() {
        ResultLine both = new ResultLine(
                "A",
                null,
                null,
                null,
                Map.of("D", "6.0", "E", "9.0"),
                List.of(dive("2.0", "7", "7", "7", "7", "7")),
                null,
                null);

        assertThatThrownBy(() -> rule.rank(List.of(both)))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor A: sends both dives and components");
    }
}
