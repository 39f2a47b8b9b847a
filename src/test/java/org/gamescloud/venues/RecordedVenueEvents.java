package org.gamescloud.venues;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/** The venue events published while the gate tests run, whichever thread published them. */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedVenueEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(TicketScanned event) {
        events.add(event);
    }

    @EventListener
    void on(SpectatorAdmitted event) {
        events.add(event);
    }

    @EventListener
    void on(CapacityThresholdReached event) {
        events.add(event);
    }

    <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
