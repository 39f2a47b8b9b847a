package org.gamescloud.games.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulePageControllerTests {

    private static final List<LocalDate> GAMES_DAYS =
            List.of(LocalDate.of(2023, 9, 20), LocalDate.of(2023, 9, 21), LocalDate.of(2023, 9, 23));

    @Test
    void opensOnTheGamesClockDayDuringTheGames() {
        assertThat(SchedulePageController.defaultDay(GAMES_DAYS, LocalDate.of(2023, 9, 21)))
                .isEqualTo(LocalDate.of(2023, 9, 21));
    }

    @Test
    void opensOnARestDayDuringTheGamesToo() {
        assertThat(SchedulePageController.defaultDay(GAMES_DAYS, LocalDate.of(2023, 9, 22)))
                .isEqualTo(LocalDate.of(2023, 9, 22));
    }

    @Test
    void opensOnTheFirstDayBeforeOrAfterTheGames() {
        assertThat(SchedulePageController.defaultDay(GAMES_DAYS, LocalDate.of(2023, 9, 1)))
                .isEqualTo(LocalDate.of(2023, 9, 20));
        assertThat(SchedulePageController.defaultDay(GAMES_DAYS, LocalDate.of(2023, 10, 9)))
                .isEqualTo(LocalDate.of(2023, 9, 20));
    }

    @Test
    void hasNoDayWithoutASchedule() {
        assertThat(SchedulePageController.defaultDay(List.of(), LocalDate.of(2023, 9, 21)))
                .isNull();
    }
}
