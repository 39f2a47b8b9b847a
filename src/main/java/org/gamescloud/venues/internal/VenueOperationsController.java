package org.gamescloud.venues.internal;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The venue manager's figures as JSON: occupancy, gate throughput, alerts, and the double-entry report. */
@RestController
class VenueOperationsController {

    private final VenueOperations operations;
    private final GateAccess access;

    VenueOperationsController(VenueOperations operations, GateAccess access) {
        this.operations = operations;
        this.access = access;
    }

    @GetMapping("/api/venues/{code}/occupancy")
    VenueOperations.Occupancy occupancy(@PathVariable String code, Authentication user) {
        return operations.occupancy(access.managedVenue(code, user));
    }

    @GetMapping("/api/venues/{code}/double-entries")
    List<DoubleEntries.DoubleEntry> doubleEntries(@PathVariable String code, Authentication user) {
        return operations.doubleEntries(access.managedVenue(code, user));
    }
}
