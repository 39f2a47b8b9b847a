package org.gamescloud.games.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gamescloud.games.Codes;
import org.gamescloud.games.Venue;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Paging;
import org.gamescloud.platform.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The venues by host city, and each venue with its sessions. */
@Controller
class VenuePagesController {

    /** A venue holds a few dozen sessions over the Games; one page holds them all. */
    private static final Paging ALL_SESSIONS = new Paging(0, Paging.MAX_SIZE);

    private final GamesClock clock;
    private final JdbcVenues venues;
    private final Events events;
    private final Sessions sessions;

    VenuePagesController(GamesClock clock, JdbcVenues venues, Events events, Sessions sessions) {
        this.clock = clock;
        this.venues = venues;
        this.events = events;
        this.sessions = sessions;
    }

    @GetMapping("/venues")
    String venues(Model model) {
        model.addAttribute("venuesByCity", Glossary.read(events, venues).venuesByCity());
        return "games/venues";
    }

    @GetMapping("/venues/{code}")
    String venue(@PathVariable String code, Model model) {
        Venue venue = (Codes.isValid(code) ? venues.findVenue(code) : Optional.<Venue>empty())
                .orElseThrow(() -> Problems.notFound("No venue " + code));
        List<Sessions.Session> held = sessions.list(new Sessions.Filter(null, code), ALL_SESSIONS);
        Map<LocalDate, List<Sessions.Session>> byDay = held.stream()
                .collect(Collectors.groupingBy(
                        session -> session.start().toLocalDate(), LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("venue", venue);
        model.addAttribute("sessionsByDay", byDay);
        model.addAttribute("glossary", Glossary.read(events, venues));
        model.addAttribute("now", clock.now());
        return "games/venue";
    }
}
