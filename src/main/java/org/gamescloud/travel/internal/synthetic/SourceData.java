package org.gamescloud.travel.internal.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The public facts the feed is built from, read from classpath resources only (see travel/sources/README.md). */
record SourceData(
        List<City> cities,
        List<RailLink> railLinks,
        List<Venue> venues,
        List<Session> sessions,
        List<Map<String, String>> metroLines,
        List<Map<String, String>> metroStations,
        List<Map<String, String>> railStations,
        List<Map<String, String>> railServices,
        List<Map<String, String>> busDistricts) {

    static final String SOURCES = "travel/sources/";
    static final String DATASET = "datasets/hangzhou2022/";

    record City(String name, String nameZh, GeoPoint centre, String railStation, GeoPoint railStationLocation) {}

    record RailLink(
            String from, String to, OptionalInt distance_km, OptionalInt fastest_min, OptionalInt typical_min) {}

    record Venue(String code, String nameEn, String nameZh, String city, GeoPoint location) {}

    record Session(String code, String venue, OffsetDateTime start, OffsetDateTime end) {}

    private static final CsvMapper CSV = CsvMapper.builder().build();

    static SourceData load() {
        List<City> cities = read(SOURCES + "cities.csv").stream()
                .map(r -> new City(
                        r.get("city"),
                        r.get("name_zh"),
                        point(r, "latitude", "longitude"),
                        r.get("main_rail_station"),
                        point(r, "main_rail_lat", "main_rail_lon")))
                .toList();
        List<RailLink> links = read(SOURCES + "rail_links.csv").stream()
                .map(r -> new RailLink(
                        r.get("from_station"),
                        r.get("to_station"),
                        optionalInt(r.get("distance_km")),
                        optionalInt(r.get("fastest_minutes")),
                        optionalInt(r.get("typical_minutes"))))
                .toList();
        List<Venue> venues = read(DATASET + "venues.csv").stream()
                .filter(r -> !r.get("latitude").isBlank())
                .map(r -> new Venue(
                        r.get("code"),
                        r.get("name_en"),
                        r.get("name_zh"),
                        r.get("city"),
                        point(r, "latitude", "longitude")))
                .toList();
        List<Session> sessions = read(DATASET + "sessions.csv").stream()
                .map(r -> new Session(
                        r.get("code"),
                        r.get("venue"),
                        OffsetDateTime.parse(r.get("start")),
                        OffsetDateTime.parse(r.get("end"))))
                .toList();
        return new SourceData(
                cities,
                links,
                venues,
                sessions,
                read(SOURCES + "metro_lines.csv"),
                read(SOURCES + "metro_stations.csv"),
                read(SOURCES + "rail_stations.csv"),
                read(SOURCES + "rail_services.csv"),
                read(SOURCES + "bus_districts.csv"));
    }

    private static GeoPoint point(Map<String, String> row, String lat, String lon) {
        return GeoPoint.of(Double.parseDouble(row.get(lat)), Double.parseDouble(row.get(lon)));
    }

    private static OptionalInt optionalInt(String value) {
        return value == null || value.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value.trim()));
    }

    static List<Map<String, String>> read(String resource) {
        InputStream in = SourceData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(reader)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
