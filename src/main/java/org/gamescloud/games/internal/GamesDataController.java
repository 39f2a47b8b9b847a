package org.gamescloud.games.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Competitor;
import org.gamescloud.games.Discipline;
import org.gamescloud.games.Event;
import org.gamescloud.games.Noc;
import org.gamescloud.games.Venue;
import org.gamescloud.platform.Paging;
import org.gamescloud.platform.Problems;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public reads of the Games data. Small lists come whole; athletes and the schedule come in pages. */
@RestController
class GamesDataController {

    private final Nocs nocs;
    private final JdbcVenues venues;
    private final Events events;
    private final Units units;
    private final Sessions sessions;
    private final Competitors competitors;

    GamesDataController(
            Nocs nocs, JdbcVenues venues, Events events, Units units, Sessions sessions, Competitors competitors) {
        this.nocs = nocs;
        this.venues = venues;
        this.events = events;
        this.units = units;
        this.sessions = sessions;
        this.competitors = competitors;
    }

    record SportWithDisciplines(String code, String name, String nameZh, List<Discipline> disciplines) {}

    record EventDetail(Event event, List<CompetitionUnit> units) {}

    @GetMapping("/api/nocs")
    List<Noc> nocs() {
        return nocs.listNocs();
    }

    @GetMapping("/api/nocs/{code}")
    Noc noc(@PathVariable String code) {
        return nocs.findNoc(code).orElseThrow(() -> Problems.notFound("No NOC " + code));
    }

    @GetMapping("/api/venues")
    List<Venue> venues() {
        return venues.listVenues();
    }

    @GetMapping("/api/venues/{code}")
    Venue venue(@PathVariable String code) {
        return venues.findVenue(code).orElseThrow(() -> Problems.notFound("No venue " + code));
    }

    @GetMapping("/api/sports")
    List<SportWithDisciplines> sports() {
        Map<String, List<Discipline>> bySport =
                events.listDisciplines().stream().collect(Collectors.groupingBy(Discipline::sport));
        return events.listSports().stream()
                .map(sport -> new SportWithDisciplines(
                        sport.code(), sport.name(), sport.nameZh(), bySport.getOrDefault(sport.code(), List.of())))
                .toList();
    }

    @GetMapping("/api/events")
    List<Event> events() {
        return events.listEvents();
    }

    @GetMapping("/api/events/{code}")
    EventDetail event(@PathVariable String code) {
        Event event = events.findEvent(code).orElseThrow(() -> Problems.notFound("No event " + code));
        return new EventDetail(event, units.listUnitsOfEvent(code));
    }

    /** The athletes or teams entered in the event, with their NOC: who may appear in its start lists. */
    @GetMapping("/api/events/{code}/entries")
    List<Competitor> entries(@PathVariable String code) {
        events.findEvent(code).orElseThrow(() -> Problems.notFound("No event " + code));
        return competitors.listEntrants(code);
    }

    @GetMapping("/api/units/{code}")
    CompetitionUnit unit(@PathVariable String code) {
        return units.findUnit(code).orElseThrow(() -> Problems.notFound("No unit " + code));
    }

    @GetMapping("/api/schedule")
    ResponseEntity<List<Sessions.Session>> schedule(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String venue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        if (venue != null && venues.findVenue(venue).isEmpty()) {
            throw Problems.notFound("No venue " + venue);
        }
        Sessions.Filter filter = new Sessions.Filter(date, venue);
        return ResponseEntity.ok()
                .headers(Paging.totalCount(sessions.count(filter)))
                .body(sessions.list(filter, paging));
    }

    @GetMapping("/api/sessions/{code}")
    Sessions.Session session(@PathVariable String code) {
        return sessions.findSession(code).orElseThrow(() -> Problems.notFound("No session " + code));
    }

    @GetMapping("/api/athletes")
    ResponseEntity<List<Competitors.Athlete>> athletes(
            @RequestParam(required = false) String noc,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return ResponseEntity.ok()
                .headers(Paging.totalCount(competitors.countAthletes(noc)))
                .body(competitors.listAthletes(noc, paging));
    }

    @GetMapping("/api/athletes/{id}")
    Competitors.Athlete athlete(@PathVariable String id) {
        return competitors.findAthlete(id).orElseThrow(() -> Problems.notFound("No athlete " + id));
    }

    @GetMapping("/api/nocs/{code}/teams")
    List<Competitors.Team> teams(@PathVariable String code) {
        noc(code);
        return competitors.listTeams(code);
    }
}
