package org.gamescloud.games.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Discipline;
import org.gamescloud.games.Event;
import org.gamescloud.games.Phase;
import org.gamescloud.games.Venue;

/**
 * What a page needs to label sessions and units: the events, phases, venues, sports and disciplines of the Games, read
 * once per page. The lists are small (a Games has some 500 events and 60 venues). Its methods are public because
 * templates call them.
 */
record Glossary(
        Map<String, Event> events,
        Map<String, Phase> phases,
        Map<String, Venue> venues,
        List<Events.Sport> sports,
        Map<String, Discipline> disciplines) {

    /** The host cities in the order the Games present them; any other city comes after them. */
    static final List<String> CITIES = List.of("Hangzhou", "Ningbo", "Wenzhou", "Huzhou", "Shaoxing", "Jinhua");

    static Glossary read(Events events, JdbcVenues venues) {
        return new Glossary(
                byKey(events.listEvents(), Event::code),
                byKey(events.listPhases(), phase -> phaseKey(phase.event(), phase.type())),
                byKey(venues.listVenues(), Venue::code),
                events.listSports(),
                byKey(events.listDisciplines(), Discipline::code));
    }

    public Event event(String code) {
        return events.get(code);
    }

    public Phase phase(CompetitionUnit unit) {
        return phases.get(phaseKey(unit.event(), unit.phase()));
    }

    public Venue venue(String code) {
        return venues.get(code);
    }

    public Discipline discipline(String code) {
        return disciplines.get(code);
    }

    public List<Discipline> disciplinesOf(Events.Sport sport) {
        return disciplines.values().stream()
                .filter(discipline -> discipline.sport().equals(sport.code()))
                .toList();
    }

    /** The disciplines of the units held in a session, usually one. */
    public List<Discipline> disciplinesIn(Sessions.Session session) {
        return session.units().stream()
                .map(unit -> event(unit.event()))
                .filter(Objects::nonNull)
                .map(event -> discipline(event.discipline()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** The venues by host city, cities in the Games' order, venues by name. */
    public Map<String, List<Venue>> venuesByCity() {
        Map<String, List<Venue>> byCity = new LinkedHashMap<>();
        venues.values().stream()
                .sorted(Comparator.comparing((Venue venue) -> cityRank(venue.city()))
                        .thenComparing(Venue::city)
                        .thenComparing(Venue::name))
                .forEach(venue -> byCity.computeIfAbsent(venue.city(), city -> new ArrayList<>())
                        .add(venue));
        return byCity;
    }

    private static int cityRank(String city) {
        int rank = CITIES.indexOf(city);
        return rank < 0 ? CITIES.size() : rank;
    }

    private static String phaseKey(String event, String type) {
        return event + "/" + type;
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream()
                .collect(Collectors.toMap(key, Function.identity(), (first, second) -> first, LinkedHashMap::new));
    }
}
