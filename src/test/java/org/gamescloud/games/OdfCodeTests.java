package org.gamescloud.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OdfCodeTests {

    @Test
    void buildsTheUnitCodeOfTheMens100mFinal() {
        OdfCode code = OdfCode.of("ATH", Gender.M, "100M", "FNL", "000100");
        assertThat(code).hasToString("ATHM100M--------------FNL-000100--");
        assertThat(code.toString()).hasSize(34);
        assertThat(code.eventCode()).isEqualTo("ATHM100M--------------").hasSize(22);
        assertThat(code.phaseCode()).isEqualTo("ATHM100M--------------FNL-").hasSize(26);
        assertThat(code.phaseType()).isEqualTo("FNL");
    }

    @Test
    void parsesAUnitCodeIntoItsParts() {
        OdfCode code = OdfCode.parse("SWMW4X100MMED---------HEAT000200--").orElseThrow();
        assertThat(code.discipline()).isEqualTo("SWM");
        assertThat(code.gender()).isEqualTo(Gender.W);
        assertThat(code.event()).isEqualTo("4X100MMED---------");
        assertThat(code.phaseType()).isEqualTo("HEAT");
        assertThat(code.unit()).isEqualTo("000200--");
    }

    @Test
    void roundTripsThroughParse() {
        OdfCode code = OdfCode.of("JUD", Gender.X, "TEAM", "BRNZ", "000100");
        assertThat(OdfCode.parse(code.toString())).contains(code);
    }

    @Test
    void tellsCodesThatAreNotOdfUnitCodes() {
        assertThat(OdfCode.parse("MINI-UNIT-1")).isEmpty();
        assertThat(OdfCode.parse("ATHQ100M--------------FNL-000100--"))
                .as("Q is no gender")
                .isEmpty();
        assertThat(OdfCode.parse("atHM100M--------------FNL-000100--")).isEmpty();
        assertThat(OdfCode.parse(null)).isEmpty();
    }

    @Test
    void refusesAnEventPartLongerThanEighteenCharacters() {
        assertThatThrownBy(() -> OdfCode.of("SWM", Gender.M, "1500MFREESTYLERELAYX", "FNL", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longer than 18");
    }
}
