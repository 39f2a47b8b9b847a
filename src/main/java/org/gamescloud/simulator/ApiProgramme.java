package org.gamescloud.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The Games as the public API tells them, each read made once. */
final class ApiProgramme implements Programme {

    private final GamesApi api;
    private final Map<String, Event> events;
    private final Map<String, List<Unit>> units = new HashMap<>();
    private final Map<String, List<Entrant>> entrants = new HashMap<>();
    private final Map<String, JsonNode> results = new HashMap<>();

    ApiProgramme(GamesApi api) {
        this.api = api;
        this.events = api.events();
    }

    @Override
    public Event event(String code) {
        return events.get(code);
    }

    @Override
    public List<Unit> unitsOf(String event) {
        return units.computeIfAbsent(event, api::unitsOf);
    }

    @Override
    public List<Entrant> entrantsOf(String event) {
        return entrants.computeIfAbsent(event, api::entrantsOf);
    }

    /** Whether the unit has results already (from an earlier run, or another venue system). */
    boolean hasResults(String unit) {
        return resultsOf(unit).path("revision").asInt() > 0;
    }

    @Override
    public Optional<Outcome> officialOutcome(String unit) {
        JsonNode latest = resultsOf(unit);
        if (!"OFFICIAL".equals(latest.path("status").asString())) {
            return Optional.empty();
        }
        List<String> placed = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        for (JsonNode line : latest.path("results")) {
            if (line.path("rank").isNumber()) {
                placed.add(line.path("competitor").asString());
                ranks.add(line.path("rank").asInt());
            }
        }
        boolean apart = ranks.size() < 2 || !ranks.get(0).equals(ranks.get(1));
        return Optional.of(new Outcome(placed, apart));
    }

    private JsonNode resultsOf(String unit) {
        return results.computeIfAbsent(unit, api::resultsOf);
    }
}
