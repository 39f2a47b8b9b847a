package org.gamescloud.venues.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityAlertsTests {

    private static final List<Integer> NINETY_AND_FULL = List.of(90, 100);

    @Test
    void reachesAThresholdExactlyAtItsShareOfTheCapacity() {
        assertThat(CapacityAlerts.reached(NINETY_AND_FULL, 71_999, 80_000)).isEmpty();
        assertThat(CapacityAlerts.reached(NINETY_AND_FULL, 72_000, 80_000)).containsExactly(90);
        assertThat(CapacityAlerts.reached(NINETY_AND_FULL, 80_000, 80_000)).containsExactly(90, 100);
    }

    @Test
    void countsEveryThresholdPassedAtOnceInATinyVenue() {
        assertThat(CapacityAlerts.reached(NINETY_AND_FULL, 3, 4)).isEmpty();
        assertThat(CapacityAlerts.reached(NINETY_AND_FULL, 4, 4)).containsExactly(90, 100);
    }
}
