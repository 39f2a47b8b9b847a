package org.gamescloud.results.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreMarkTests {

    private static ScoreMark parse(String text) {
        return ScoreMark.parse("competitor CHN", text);
    }

    @Test
    void keepsTheDecimalsItWasSentWith() {
        assertThat(parse("85.250").notation()).isEqualTo("85.250");
        assertThat(parse("3").notation()).isEqualTo("3");
        assertThat(parse("0").notation()).isEqualTo("0");
    }

    @Test
    void rejectsNegativeScoresSuchAsGolfRelativeToPar() {
        assertThatThrownBy(() -> parse("-3"))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor CHN: score \"-3\" is negative");
    }

    @Test
    void rejectsMalformedAndOverPreciseScores() {
        assertThatThrownBy(() -> parse("85,25"))
                .hasMessage("competitor CHN: score \"85,25\" is not written like 85.250");
        assertThatThrownBy(() -> parse("85.2501"))
                .hasMessage("competitor CHN: score \"85.2501\" has more than 3 decimals");
        assertThatThrownBy(() -> parse("3-1")).hasMessageContaining("is not written like");
    }
}
