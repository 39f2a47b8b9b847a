package org.gamescloud.venues.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GateIdTests {

    @Test
    void readsTheVenueAndTheFreeLabelOfAGate() {
        assertThat(GateId.parse("HOSC-STA/North 3")).contains(new GateId("HOSC-STA", "North 3"));
        assertThat(GateId.parse("HOSC-STA/North 3").orElseThrow()).hasToString("HOSC-STA/North 3");
    }

    @Test
    void refusesAGateWithoutAVenueOrWithStrangeCharacters() {
        assertThat(GateId.parse("North 3")).isEmpty();
        assertThat(GateId.parse("hosc-sta/North 3")).isEmpty();
        assertThat(GateId.parse("HOSC-STA/")).isEmpty();
        assertThat(GateId.parse("HOSC-STA/<script>")).isEmpty();
        assertThat(GateId.parse(null)).isEmpty();
    }
}
