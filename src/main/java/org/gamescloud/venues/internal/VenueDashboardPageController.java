package org.gamescloud.venues.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The venue manager's dashboard: occupancy per session against capacity, gate throughput, capacity alerts and double
 * entries; htmx polls its live part every few seconds. Also the operations start page listing the user's venues.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class VenueDashboardPageController {

    private final VenueOperations operations;
    private final GateAccess access;

    VenueDashboardPageController(VenueOperations operations, GateAccess access) {
        this.operations = operations;
        this.access = access;
    }

    @GetMapping("/operations")
    String start(Authentication user, Model model) {
        model.addAttribute("venues", access.venuesOf(user));
        return "venues/operations";
    }

    @GetMapping("/venues/{code}/dashboard")
    String dashboard(@PathVariable String code, Authentication user, Model model) {
        model.addAttribute("occupancy", operations.occupancy(access.managedVenue(code, user)));
        return "venues/dashboard";
    }

    @GetMapping("/venues/{code}/dashboard/live")
    String live(@PathVariable String code, Authentication user, Model model) {
        model.addAttribute("occupancy", operations.occupancy(access.managedVenue(code, user)));
        return "venues/dashboard :: live";
    }
}
