package org.gamescloud.games;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenderTests {

    @Test
    void menAndWomenEnterTheirOwnEventsAndBothEnterMixedAndOpenOnes() {
        assertThat(Gender.M.admits(Gender.M)).isTrue();
        assertThat(Gender.M.admits(Gender.W)).isFalse();
        assertThat(Gender.W.admits(Gender.M)).isFalse();
        assertThat(Gender.X.admits(Gender.W)).isTrue();
        assertThat(Gender.O.admits(Gender.M)).isTrue();
        assertThat(Gender.M.admits(Gender.X))
                .as("a mixed team in a men's event")
                .isFalse();
    }
}
