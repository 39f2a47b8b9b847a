package org.gamescloud.venues.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.gamescloud.venues.GateIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The venue is counted only when an admission may have reached a threshold not yet raised, and the alert is still
 * raised at the very admission that reaches it (alerts at 90 % and 100 %, the default).
 */
@GateIntegrationTest
class CapacityAlertCountingTests {

    private static final int CAPACITY = 2_000;

    @Autowired
    CapacityAlerts alerts;

    final String venue = "CNT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    final String session = "S-" + venue;
    final AtomicInteger inside = new AtomicInteger();
    final AtomicInteger counts = new AtomicInteger();
    final IntSupplier countInside = () -> {
        counts.incrementAndGet();
        return inside.get();
    };

    @Test
    void countsOnceAndThenNotWhileNoThresholdIsWithinReach() {
        inside.set(10);
        for (int i = 0; i < 500; i++) {
            admitOne();
        }

        assertThat(counts).hasValue(1);
        assertThat(alerts.list(venue, 10)).isEmpty();
    }

    @Test
    void raisesTheAlertAtTheAdmissionThatReachesTheThresholdAndThenStopsCounting() {
        inside.set(1_798);
        admitOne();
        assertThat(alerts.list(venue, 10)).as("1,799 of 2,000 is below 90 %").isEmpty();

        admitOne();

        assertThat(alerts.list(venue, 10))
                .extracting(CapacityAlerts.Alert::thresholdPercent, CapacityAlerts.Alert::occupancy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(90, 1_800));
        int countsAtNinety = counts.get();
        for (int i = 0; i < 100; i++) {
            admitOne();
        }
        assertThat(counts)
                .as("100 % (2,000) is out of reach of 1,900 and 90 % is raised")
                .hasValue(countsAtNinety);
    }

    /** One more spectator inside, as the gate would have written before asking for alerts. */
    private void admitOne() {
        inside.incrementAndGet();
        alerts.afterAdmission(venue, session, countInside, CAPACITY, Instant.now());
    }
}
