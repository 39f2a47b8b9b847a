package org.gamescloud.travel.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gamescloud.games.Venue;
import org.gamescloud.games.Venues;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.gamescloud.travel.internal.raptor.RaptorRequest;
import org.gamescloud.travel.internal.timetable.GridIndex;
import org.gamescloud.travel.internal.timetable.Timetable;
import org.gamescloud.travel.internal.timetable.Walking;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The journey planner page, and the venue page's "Getting here" and "Eat nearby" sections (htmx fragments). */
@Controller
class TravelPagesController {

    private static final int NEARBY_STOPS = 5;
    private static final int NEARBY_RESTAURANTS = 5;

    private final Venues venues;
    private final JourneyPlanner planner;
    private final TransitFeeds feeds;
    private final Dining dining;
    private final GamesClock clock;

    TravelPagesController(Venues venues, JourneyPlanner planner, TransitFeeds feeds, Dining dining, GamesClock clock) {
        this.venues = venues;
        this.planner = planner;
        this.feeds = feeds;
        this.dining = dining;
        this.clock = clock;
    }

    /** A stop near a venue: its name, the walk, and the routes calling there. */
    record NearbyStop(String id, String name, int walkMinutes, List<String> routes) {}

    @GetMapping("/travel")
    String planner(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String departAt,
            @RequestParam(defaultValue = "false") boolean wheelchair,
            Model model) {
        model.addAttribute("venuesByCity", venuesByCity());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("wheelchair", wheelchair);
        var departure = DepartureTimes.parse(departAt, clock);
        model.addAttribute("departAt", departure.toLocalDateTime().withSecond(0).withNano(0));
        if (from != null && to != null && !from.isBlank() && !to.isBlank()) {
            try {
                List<Journey> journeys = planner.plan(
                        new JourneyPlanner.Query(from, to, departure, 0, wheelchair, RaptorRequest.MAX_TRANSFERS));
                model.addAttribute(
                        "journeys", journeys.stream().map(JourneyView::of).toList());
            } catch (ErrorResponseException badPlace) {
                model.addAttribute("problem", badPlace.getBody().getDetail());
            }
        }
        return "travel/planner";
    }

    @GetMapping("/travel/venues/{code}/getting-here")
    String gettingHere(@PathVariable String code, Model model) {
        Venue venue = located(code);
        Timetable timetable = feeds.timetable(clock.today());
        List<NearbyStop> stops = new ArrayList<>();
        for (GridIndex.Near near : timetable.stopsNear(venue.latitude(), venue.longitude(), Walking.ACCESS_RADIUS_M)) {
            Set<String> routes = new LinkedHashSet<>();
            for (int pattern : timetable.patternsAt(near.point())) {
                routes.add(timetable.routeName(pattern));
            }
            if (!routes.isEmpty() && stops.size() < NEARBY_STOPS) {
                stops.add(new NearbyStop(
                        timetable.stopId(near.point()),
                        timetable.stopName(near.point()),
                        (int) Math.ceil(Walking.duration_s(near.distance_m()) / 60.0),
                        routes.stream().sorted().toList()));
            }
        }
        model.addAttribute("venue", venue);
        model.addAttribute("stops", stops);
        return "travel/venue-sections :: gettingHere";
    }

    @GetMapping("/travel/venues/{code}/eat-nearby")
    String eatNearby(@PathVariable String code, Model model) {
        Venue venue = located(code);
        model.addAttribute("venue", venue);
        model.addAttribute("restaurants", dining.find(code, null, null, NEARBY_RESTAURANTS));
        return "travel/venue-sections :: eatNearby";
    }

    private Venue located(String code) {
        return venues.findVenue(code)
                .filter(venue -> venue.latitude() != null && venue.longitude() != null)
                .orElseThrow(() -> Problems.notFound("No located venue " + code));
    }

    private Map<String, List<Venue>> venuesByCity() {
        Map<String, List<Venue>> byCity = new LinkedHashMap<>();
        venues.listVenues().stream()
                .filter(venue -> venue.latitude() != null && venue.longitude() != null)
                .sorted(Comparator.comparing(Venue::city).thenComparing(Venue::name))
                .forEach(venue -> byCity.computeIfAbsent(venue.city(), city -> new ArrayList<>())
                        .add(venue));
        return byCity;
    }
}
