package org.gamescloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OptionsTests {

    @Test
    void playsTodayOnTheLocalServerAtTenGamesMinutesASecondByDefault() {
        Options options = Options.parse();

        assertThat(options.url()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(options.user()).isEqualTo("admin");
        assertThat(options.date()).isNull();
        assertThat(options.speed()).isEqualTo(10);
        assertThat(options.asFastAsPossible()).isFalse();
        assertThat(options.bulk()).isFalse();
        assertThat(options.updatesPerUnit()).isEqualTo(Timetable.EVERY_CHANGE);
    }

    @Test
    void limitsTheMessagesPerUnitToNoFewerThanAUnitNeeds() {
        assertThat(Options.parse("--messages-per-unit", "20").updatesPerUnit()).isEqualTo(17);
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--messages-per-unit", "4"));
    }

    @Test
    void readsEveryOptionWithItsValueAfterASpaceOrAnEqualsSign() {
        Options options = Options.parse(
                "--url=http://games.example:18090/",
                "--date",
                "2023-09-27",
                "--venue",
                "HOSC-AQU",
                "--as-fast-as-possible",
                "--seed",
                "7",
                "--bulk",
                "--batch-size=50",
                "--user",
                "op",
                "--password",
                "secret");

        assertThat(options.url()).isEqualTo(URI.create("http://games.example:18090"));
        assertThat(options.date()).isEqualTo(LocalDate.of(2023, 9, 27));
        assertThat(options.venue()).isEqualTo("HOSC-AQU");
        assertThat(options.asFastAsPossible()).isTrue();
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.bulk()).isTrue();
        assertThat(options.batchSize()).isEqualTo(50);
        assertThat(options.user()).isEqualTo("op");
        assertThat(options.password()).isEqualTo("secret");
    }

    @Test
    void refusesUnknownOptionsAndMalformedValuesWithAMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Options.parse("--fast"))
                .withMessage("Unknown option --fast");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Options.parse("--date", "2023-09-31"))
                .withMessageContaining("--date must be a date");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Options.parse("--speed", "-3"))
                .withMessageContaining("--speed must be a positive number");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Options.parse("--venue"))
                .withMessage("--venue needs a value");
    }
}
