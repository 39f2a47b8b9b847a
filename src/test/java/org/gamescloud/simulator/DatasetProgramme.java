package org.gamescloud.simulator;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A programme read straight from a dataset on the classpath (the format of docs/dataset-format.md), standing in for
 * the API in tests of the simulator's plans.
 */
final class DatasetProgramme implements Programme {

    private static final CsvMapper CSV = CsvMapper.builder().build();

    private final Map<String, Event> events = new HashMap<>();
    private final List<Unit> units = new ArrayList<>();
    private final Map<String, List<Entrant>> entrants = new HashMap<>();
    private final Map<String, Outcome> official = new HashMap<>();

    DatasetProgramme(String... datasets) {
        for (String dataset : datasets) {
            read(dataset);
        }
    }

    private void read(String dataset) {
        for (Map<String, String> row : rows(dataset, "events.csv")) {
            events.put(
                    row.get("code"),
                    new Event(
                            row.get("code"),
                            row.get("name_en"),
                            row.get("discipline"),
                            row.get("gender"),
                            Family.valueOf(row.get("scoring")),
                            Boolean.parseBoolean(row.get("team"))));
        }
        for (Map<String, String> row : rows(dataset, "units.csv")) {
            units.add(new Unit(
                    row.get("code"),
                    row.get("event"),
                    row.get("phase"),
                    row.get("venue"),
                    OffsetDateTime.parse(row.get("start")),
                    row.get("end").isEmpty() ? null : OffsetDateTime.parse(row.get("end")),
                    row.get("name_en"),
                    row.get("medal").isEmpty() ? null : row.get("medal")));
        }
        Map<String, String> nocs = new HashMap<>();
        rows(dataset, "athletes.csv").forEach(row -> nocs.put(row.get("id"), row.get("noc")));
        rows(dataset, "teams.csv").forEach(row -> nocs.put(row.get("code"), row.get("noc")));
        for (Map<String, String> row : rows(dataset, "entries.csv")) {
            entrants.computeIfAbsent(row.get("event"), event -> new ArrayList<>())
                    .add(new Entrant(row.get("competitor"), nocs.get(row.get("competitor"))));
        }
    }

    /** The units of a Games-local day at a venue, as the schedule lists them. */
    List<Unit> unitsOn(String date, String venue) {
        return units.stream()
                .filter(unit -> unit.start().toLocalDate().toString().equals(date))
                .filter(unit -> venue == null || unit.venue().equals(venue))
                .toList();
    }

    Unit unit(String code) {
        return units.stream()
                .filter(unit -> unit.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** Makes a unit OFFICIAL on the "server", as if an earlier run had played it. */
    void official(String unit, Outcome outcome) {
        official.put(unit, outcome);
    }

    @Override
    public Event event(String code) {
        return events.get(code);
    }

    @Override
    public List<Unit> unitsOf(String event) {
        return units.stream().filter(unit -> unit.event().equals(event)).toList();
    }

    @Override
    public List<Entrant> entrantsOf(String event) {
        return entrants.getOrDefault(event, List.of());
    }

    @Override
    public Optional<Outcome> officialOutcome(String unit) {
        return Optional.ofNullable(official.get(unit));
    }

    static List<Map<String, String>> rows(String dataset, String file) {
        String path = "/datasets/" + dataset + "/" + file;
        try (var reader = new InputStreamReader(
                        Objects.requireNonNull(DatasetProgramme.class.getResourceAsStream(path), path),
                        StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(reader)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
