package org.gamescloud.results.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetresMarkTests {

    private static MetresMark parse(String text) {
        return MetresMark.parse("competitor 1004512", "distance", text);
    }

    @Test
    void showsMetresWithTwoDecimals() {
        assertThat(parse("8.95").notation()).isEqualTo("8.95");
        assertThat(parse("8.1").notation()).isEqualTo("8.10");
        assertThat(parse("70").notation()).isEqualTo("70.00");
    }

    @Test
    void comparesByValue() {
        assertThat(parse("8.1")).isEqualByComparingTo(parse("8.10"));
        assertThat(parse("8.95")).isGreaterThan(parse("8.90"));
    }

    @Test
    void rejectsNegativeMalformedAndOverPreciseDistances() {
        assertThatThrownBy(() -> parse("-8.10"))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor 1004512: distance \"-8.10\" is negative");
        assertThatThrownBy(() -> parse("8,95"))
                .hasMessage("competitor 1004512: distance \"8,95\" is not written like 8.95");
        assertThatThrownBy(() -> parse("8.955"))
                .hasMessage("competitor 1004512: distance \"8.955\" has more than 2 decimals");
        assertThatThrownBy(() -> parse("0")).hasMessageContaining("must be more than zero");
    }
}
