package org.gamescloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The marks the simulator writes, against the examples of API.md. */
class NotationTests {

    @Test
    void writesTimesWithHundredthsInSecondsMinutesOrHours() {
        assertThat(Notation.time(9.58)).isEqualTo("9.58");
        assertThat(Notation.time(47.1)).isEqualTo("47.10");
        assertThat(Notation.time(62.34)).isEqualTo("1:02.34");
        assertThat(Notation.time(7269.12)).isEqualTo("2:01:09.12");
        assertThat(Notation.time(59.996)).isEqualTo("1:00.00");
        assertThat(Notation.value("2:01:09.12")).isEqualByComparingTo("7269.12");
    }

    @Test
    void writesMetresAndScoresWithTheirSportsDecimals() {
        assertThat(Notation.metres(8.1)).isEqualTo("8.10");
        assertThat(Notation.decimal(14.2334, 3)).isEqualTo("14.233");
        assertThat(Notation.decimal(3, 0)).isEqualTo("3");
    }

    @Test
    void scoresADiveOnTheMiddleThreeOfSevenJudgesTimesItsDifficulty() {
        Line.Dive dive = new Line.Dive("3.4", List.of("8.5", "8.0", "8.5", "9.0", "8.5", "8.0", "8.5"));

        assertThat(JudgedResults.diveScore(dive)).isEqualByComparingTo(new BigDecimal("86.70"));
        assertThat(JudgedResults.divingLine("1", List.of(dive, dive)).mark()).isEqualTo("173.40");
    }

    @Test
    void marksAnApparatusRoutineAsDifficultyPlusExecutionLessPenalty() {
        Line routine = JudgedResults.apparatusLine("1", "6.4", "9.033", "0.1");

        assertThat(routine.mark()).isEqualTo("15.333");
        assertThat(routine.components()).containsEntry("D", "6.4").containsEntry("penalty", "0.1");
        assertThat(JudgedResults.apparatusLine("1", "5.8", "8.200", null).components())
                .doesNotContainKey("penalty");
    }

    @Test
    void marksASeriesOfJumpsWithItsBestAttemptAndAllFoulsAsNoMark() {
        assertThat(DistanceResults.line("1", List.of("8.10", "X", "8.00", "-"), true)
                        .mark())
                .isEqualTo("8.10");
        assertThat(DistanceResults.line("1", List.of("X", "X", "X"), true).irm())
                .isEqualTo("NM");
        assertThat(DistanceResults.line("1", List.of("X"), false)).isEqualTo(Line.entered("1"));
    }

    @Test
    void marksAHeightSeriesWithTheHighestBarCleared() {
        Map<String, String> attempts = new LinkedHashMap<>();
        attempts.put("2.20", "O");
        attempts.put("2.24", "XO");
        attempts.put("2.28", "XXX");

        assertThat(HeightResults.line("1", attempts, true).mark()).isEqualTo("2.24");
        assertThat(HeightResults.line("1", Map.of("2.20", "XXX"), true).irm()).isEqualTo("NM");
    }

    @Test
    void pairsEveryMemberOfAPoolOnceWithEveryOther() {
        List<List<String>> matches = StartLists.roundRobin(List.of("A", "B", "C", "D", "E"));

        assertThat(matches).hasSize(10);
        assertThat(matches.stream()
                        .map(pair -> String.join("", pair.stream().sorted().toList())))
                .doesNotHaveDuplicates();
    }
}
