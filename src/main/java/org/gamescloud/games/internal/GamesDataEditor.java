package org.gamescloud.games.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Competitor;
import org.gamescloud.games.Event;
import org.gamescloud.games.Gender;
import org.gamescloud.games.internal.AdminGamesController.NewAthlete;
import org.gamescloud.games.internal.AdminGamesController.NewEvent;
import org.gamescloud.games.internal.AdminGamesController.NewSession;
import org.gamescloud.games.internal.AdminGamesController.NewTeam;
import org.gamescloud.games.internal.AdminGamesController.NewUnit;
import org.gamescloud.platform.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every reference of a new item before anything is written, so that bad input changes nothing: an unknown
 * reference is a 400, a code that exists already a 409.
 */
@Service
class GamesDataEditor {

    private final Nocs nocs;
    private final JdbcVenues venues;
    private final Events events;
    private final Units units;
    private final Sessions sessions;
    private final Competitors competitors;
    private final JdbcClient jdbc;

    GamesDataEditor(
            Nocs nocs,
            JdbcVenues venues,
            Events events,
            Units units,
            Sessions sessions,
            Competitors competitors,
            JdbcClient jdbc) {
        this.nocs = nocs;
        this.venues = venues;
        this.events = events;
        this.units = units;
        this.sessions = sessions;
        this.competitors = competitors;
        this.jdbc = jdbc;
    }

    @Transactional
    Competitors.Athlete createAthlete(NewAthlete request) {
        requireNoc(request.noc());
        List<String> entered =
                request.events() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.events()));
        for (String eventCode : entered) {
            Event event = requireEvent(eventCode);
            if (event.team()) {
                throw Problems.badRequest("Event " + eventCode + " is a team event: enter the athlete's team instead");
            }
            if (!event.gender().admits(request.gender())) {
                throw Problems.badRequest("Event " + eventCode + " is not open to gender " + request.gender());
            }
        }
        String id = request.id() != null ? request.id() : nextAthleteId();
        var athlete = new Competitors.Athlete(
                id, request.name().strip(), null, null, request.noc(), request.gender(), request.birthDate(), entered);
        if (!competitors.createAthlete(athlete)) {
            throw Problems.conflict("A competitor with the id " + id + " exists already");
        }
        return athlete;
    }

    @Transactional
    Event createEvent(NewEvent request) {
        if (events.findDiscipline(request.discipline()).isEmpty()) {
            throw Problems.badRequest("Unknown discipline " + request.discipline());
        }
        Event event = new Event(
                request.code(),
                request.name().strip(),
                request.nameZh(),
                request.discipline(),
                request.gender(),
                request.scoring(),
                Boolean.TRUE.equals(request.team()));
        if (!events.create(event)) {
            throw Problems.conflict("An event with the code " + request.code() + " exists already");
        }
        return event;
    }

    @Transactional
    CompetitionUnit createUnit(NewUnit request) {
        requireEvent(request.eventCode());
        if (venues.findVenue(request.venueCode()).isEmpty()) {
            throw Problems.badRequest("Unknown venue " + request.venueCode());
        }
        if (request.end() != null && request.end().isBefore(request.start())) {
            throw Problems.badRequest("end must not be before start");
        }
        events.ensurePhase(request.eventCode(), request.phase(), request.phase(), null, 0);
        CompetitionUnit unit = new CompetitionUnit(
                request.code(),
                request.eventCode(),
                request.phase(),
                request.venueCode(),
                request.start(),
                request.end(),
                request.name(),
                null,
                request.medalUnit());
        if (!units.create(unit)) {
            throw Problems.conflict("A unit with the code " + request.code() + " exists already");
        }
        return units.findUnit(unit.code()).orElseThrow();
    }

    @Transactional
    Sessions.Session createSession(NewSession request) {
        if (venues.findVenue(request.venueCode()).isEmpty()) {
            throw Problems.badRequest("Unknown venue " + request.venueCode());
        }
        if (!request.end().isAfter(request.start())) {
            throw Problems.badRequest("end must be after start");
        }
        List<CompetitionUnit> held = new ArrayList<>();
        for (String code : new LinkedHashSet<>(request.units())) {
            CompetitionUnit unit = units.findUnit(code).orElseThrow(() -> Problems.badRequest("Unknown unit " + code));
            if (!unit.venue().equals(request.venueCode())) {
                throw Problems.badRequest(
                        "Unit " + code + " is held at " + unit.venue() + ", not at " + request.venueCode());
            }
            if (unit.start().isBefore(request.start()) || !unit.start().isBefore(request.end())) {
                throw Problems.badRequest("Unit " + code + " starts at " + unit.start() + ", outside the session");
            }
            sessions.findSessionOfUnit(code).ifPresent(other -> {
                throw Problems.conflict("Unit " + code + " is already in session " + other);
            });
            held.add(unit);
        }
        var session = new Sessions.Session(
                request.code(), request.venueCode(), request.start(), request.end(), request.name(), null, held);
        if (!sessions.create(session)) {
            throw Problems.conflict("A session with the code " + request.code() + " exists already");
        }
        return sessions.findSession(request.code()).orElseThrow();
    }

    @Transactional
    Competitors.Team createTeam(NewTeam request) {
        requireNoc(request.noc());
        if (request.event() != null && !requireEvent(request.event()).team()) {
            throw Problems.badRequest("Event " + request.event() + " is not a team event");
        }
        Set<Gender> genders = new LinkedHashSet<>();
        List<String> members = List.copyOf(new LinkedHashSet<>(request.members()));
        for (String member : members) {
            Competitor athlete = competitors
                    .findCompetitor(member)
                    .filter(found -> found.kind() == Competitor.Kind.ATHLETE)
                    .orElseThrow(() -> Problems.badRequest("Unknown athlete " + member));
            if (!athlete.noc().equals(request.noc())) {
                throw Problems.badRequest(
                        "Athlete " + member + " belongs to " + athlete.noc() + ", not " + request.noc());
            }
            genders.add(athlete.gender());
        }
        Gender gender = genders.size() == 1 ? genders.iterator().next() : Gender.X;
        var team = new Competitors.Team(
                request.code(), request.name().strip(), request.noc(), gender, request.event(), members);
        if (!competitors.createTeam(team)) {
            throw Problems.conflict("A competitor with the code " + request.code() + " exists already");
        }
        return team;
    }

    private void requireNoc(String code) {
        if (nocs.findNoc(code).isEmpty()) {
            throw Problems.badRequest("Unknown NOC " + code);
        }
    }

    private Event requireEvent(String code) {
        return events.findEvent(code).orElseThrow(() -> Problems.badRequest("Unknown event " + code));
    }

    private String nextAthleteId() {
        return jdbc.sql("SELECT nextval('athlete_id')")
                .query(Long.class)
                .single()
                .toString();
    }
}
