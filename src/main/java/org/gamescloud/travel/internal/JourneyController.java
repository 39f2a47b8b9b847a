package org.gamescloud.travel.internal;

import java.util.List;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.gamescloud.travel.internal.raptor.RaptorRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Journey recommendations: between two places, and to or from a session. */
@RestController
class JourneyController {

    static final int MAX_WINDOW_MINUTES = 180;

    private final JourneyPlanner planner;
    private final SessionJourneys sessionJourneys;
    private final GamesClock clock;

    JourneyController(JourneyPlanner planner, SessionJourneys sessionJourneys, GamesClock clock) {
        this.planner = planner;
        this.sessionJourneys = sessionJourneys;
        this.clock = clock;
    }

    @GetMapping("/api/travel/journeys")
    List<Journey> journeys(
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(required = false) String departAt,
            @RequestParam(defaultValue = "0") int window,
            @RequestParam(defaultValue = "false") boolean wheelchair,
            @RequestParam(defaultValue = "6") int maxTransfers) {
        return planner.plan(new JourneyPlanner.Query(
                from,
                to,
                DepartureTimes.parse(departAt, clock),
                checkedWindow(window),
                wheelchair,
                checkedTransfers(maxTransfers)));
    }

    @GetMapping("/api/travel/sessions/{sessionCode}/journeys")
    List<Journey> sessionJourneys(
            @PathVariable String sessionCode,
            @RequestParam String from,
            @RequestParam(defaultValue = "to") String direction,
            @RequestParam(defaultValue = "false") boolean wheelchair) {
        return switch (direction) {
            case "to" -> sessionJourneys.toSession(sessionCode, from, wheelchair);
            case "from" -> sessionJourneys.fromSession(sessionCode, from, wheelchair);
            default -> throw Problems.badRequest("direction is 'to' or 'from'");
        };
    }

    static int checkedWindow(int window) {
        if (window < 0 || window > MAX_WINDOW_MINUTES) {
            throw Problems.badRequest("window is 0.." + MAX_WINDOW_MINUTES + " minutes");
        }
        return window;
    }

    static int checkedTransfers(int maxTransfers) {
        if (maxTransfers < 0 || maxTransfers > RaptorRequest.MAX_TRANSFERS) {
            throw Problems.badRequest("maxTransfers is 0.." + RaptorRequest.MAX_TRANSFERS);
        }
        return maxTransfers;
    }
}
