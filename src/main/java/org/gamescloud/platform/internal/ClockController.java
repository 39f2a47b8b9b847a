package org.gamescloud.platform.internal;

import java.time.OffsetDateTime;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.gamescloud.platform.internal.ClockConfiguration.ClockStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClockController {

    private final GamesClock clock;
    private final ClockStore store;
    private final ClockProperties properties;

    ClockController(GamesClock clock, ClockStore store, ClockProperties properties) {
        this.clock = clock;
        this.store = store;
        this.properties = properties;
    }

    record ClockReading(OffsetDateTime now) {}

    @GetMapping("/api/clock")
    ClockReading now() {
        return new ClockReading(clock.now());
    }

    @PutMapping("/api/admin/clock")
    ClockReading set(@RequestBody ClockReading reading) {
        if (!properties.settable()) {
            throw Problems.forbidden("The Games clock follows real time here and cannot be set");
        }
        if (reading.now() == null) {
            throw Problems.badRequest("now is required, e.g. {\"now\":\"2023-09-30T18:30:00+08:00\"}");
        }
        clock.set(reading.now().toInstant());
        store.save();
        return new ClockReading(clock.now());
    }
}
