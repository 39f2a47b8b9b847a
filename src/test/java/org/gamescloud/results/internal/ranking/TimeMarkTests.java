package org.gamescloud.results.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TimeMarkTests {

    private static TimeMark parse(String text) {
        return TimeMark.parse("competitor 1004512", text);
    }

    @Test
    void readsSecondsMinutesAndHours() {
        assertThat(parse("9.58").seconds()).isEqualByComparingTo("9.58");
        assertThat(parse("13.409").seconds()).isEqualByComparingTo("13.409");
        assertThat(parse("1:02.34").seconds()).isEqualByComparingTo("62.34");
        assertThat(parse("2:01:09.12").seconds()).isEqualByComparingTo("7269.12");
        assertThat(parse("2:01:09").seconds()).isEqualByComparingTo(new BigDecimal(7269));
    }

    @Test
    void keepsTheNotationItWasSentIn() {
        assertThat(parse("1:02.34").notation()).isEqualTo("1:02.34");
        assertThat(parse("47.100").notation()).isEqualTo("47.100");
    }

    @Test
    void comparesAtThePrecisionSentSoHundredthsAndThousandthsCanBeEqual() {
        assertThat(parse("47.10")).isEqualByComparingTo(parse("47.100"));
        assertThat(parse("13.409")).isLessThan(parse("13.410"));
        assertThat(parse("59.99")).isLessThan(parse("1:00.00"));
    }

    @Test
    void rejectsANegativeTimeNamingTheCompetitorAndTheValue() {
        assertThatThrownBy(() -> parse("-1.2"))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor 1004512: time \"-1.2\" is negative");
    }

    @Test
    void rejectsACommaForTheDecimalPoint() {
        assertThatThrownBy(() -> parse("9,58"))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor 1004512: time \"9,58\" is not written like 9.58, 1:02.34 or 2:01:09.12");
    }

    @Test
    void rejectsSixtySecondsOrMoreAfterAColon() {
        assertThatThrownBy(() -> parse("1:75.00"))
                .isInstanceOf(InvalidResultException.class)
                .hasMessageContaining("competitor 1004512")
                .hasMessageContaining("\"1:75.00\"")
                .hasMessageContaining("two digits under 60");
        assertThatThrownBy(() -> parse("1:60:00.00")).hasMessageContaining("minutes \"60\"");
        assertThatThrownBy(() -> parse("1:2.34")).hasMessageContaining("seconds \"2\"");
    }

    @Test
    void rejectsMoreThanThreeDecimals() {
        assertThatThrownBy(() -> parse("9.5812"))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor 1004512: time \"9.5812\" has more than 3 decimals");
    }

    @Test
    void rejectsWhatIsNotATime() {
        assertThatThrownBy(() -> parse("abc")).hasMessageContaining("time \"abc\" is not written like");
        assertThatThrownBy(() -> parse("1:02:")).hasMessageContaining("is not written like");
        assertThatThrownBy(() -> parse("-abc")).hasMessageContaining("is not written like");
        assertThatThrownBy(() -> parse("0.00")).hasMessageContaining("time \"0.00\" must be more than zero");
    }
}
