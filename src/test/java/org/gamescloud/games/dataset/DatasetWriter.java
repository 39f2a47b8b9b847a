package org.gamescloud.games.dataset;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.gamescloud.games.dataset.Model.Athlete;
import org.gamescloud.games.dataset.Model.Discipline;
import org.gamescloud.games.dataset.Model.Entry;
import org.gamescloud.games.dataset.Model.Event;
import org.gamescloud.games.dataset.Model.Noc;
import org.gamescloud.games.dataset.Model.Phase;
import org.gamescloud.games.dataset.Model.Session;
import org.gamescloud.games.dataset.Model.Sport;
import org.gamescloud.games.dataset.Model.Team;
import org.gamescloud.games.dataset.Model.Unit;
import org.gamescloud.games.dataset.Model.Venue;

/** Writes the dataset files exactly as described in {@code docs/dataset-format.md}. */
final class DatasetWriter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    /** Games-local time (China Standard Time, no daylight saving). */
    static final String OFFSET = "+08:00";

    private DatasetWriter() {}

    static String time(LocalDateTime t) {
        return LOCAL.format(t) + OFFSET;
    }

    private static String num(Double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static void write(Dataset d, Path dir, String demoClock) throws IOException {
        Files.createDirectories(dir);
        writeProperties(dir, d, demoClock);

        List<List<String>> rows = new ArrayList<>();
        for (Noc n : d.nocs()) {
            rows.add(List.of(n.code(), n.nameEn(), n.nameZh(), n.region()));
        }
        Csv.write(dir.resolve("nocs.csv"), List.of("code", "name_en", "name_zh", "region"), rows);

        rows = new ArrayList<>();
        for (Sport s : d.sports()) {
            rows.add(List.of(s.code(), s.nameEn(), s.nameZh()));
        }
        Csv.write(dir.resolve("sports.csv"), List.of("code", "name_en", "name_zh"), rows);

        rows = new ArrayList<>();
        for (Discipline x : d.disciplines()) {
            rows.add(List.of(x.code(), x.sport(), x.nameEn(), x.nameZh()));
        }
        Csv.write(dir.resolve("disciplines.csv"), List.of("code", "sport", "name_en", "name_zh"), rows);

        rows = new ArrayList<>();
        for (Venue v : d.venues()) {
            rows.add(List.of(
                    v.code,
                    v.nameEn,
                    v.nameZh,
                    v.city,
                    num(v.latitude),
                    num(v.longitude),
                    String.valueOf(v.locationEstimated),
                    String.valueOf(v.capacity),
                    String.valueOf(v.capacityEstimated),
                    String.join(";", v.disciplines)));
        }
        Csv.write(
                dir.resolve("venues.csv"),
                List.of(
                        "code",
                        "name_en",
                        "name_zh",
                        "city",
                        "latitude",
                        "longitude",
                        "location_estimated",
                        "capacity",
                        "capacity_estimated",
                        "disciplines"),
                rows);

        rows = new ArrayList<>();
        for (Event e : d.events()) {
            rows.add(List.of(
                    e.code,
                    e.discipline,
                    e.nameEn,
                    e.nameZh,
                    String.valueOf(e.gender),
                    e.scoring,
                    String.valueOf(e.team)));
        }
        Csv.write(
                dir.resolve("events.csv"),
                List.of("code", "discipline", "name_en", "name_zh", "gender", "scoring", "team"),
                rows);

        rows = new ArrayList<>();
        for (Phase p : d.phases()) {
            rows.add(List.of(p.code, p.event, p.type, p.nameEn, p.nameZh, String.valueOf(p.order)));
        }
        Csv.write(dir.resolve("phases.csv"), List.of("code", "event", "type", "name_en", "name_zh", "order"), rows);

        rows = new ArrayList<>();
        for (Unit u : d.units()) {
            rows.add(List.of(
                    u.code,
                    u.phase.code,
                    u.event.code,
                    u.venue,
                    time(u.start),
                    time(u.end),
                    u.nameEn,
                    u.nameZh,
                    u.medal));
        }
        Csv.write(
                dir.resolve("units.csv"),
                List.of("code", "phase", "event", "venue", "start", "end", "name_en", "name_zh", "medal"),
                rows);

        rows = new ArrayList<>();
        for (Session s : d.sessions()) {
            rows.add(List.of(
                    s.code(),
                    s.venue(),
                    time(s.start()),
                    time(s.end()),
                    s.nameEn(),
                    s.nameZh(),
                    String.join(";", s.units())));
        }
        Csv.write(
                dir.resolve("sessions.csv"),
                List.of("code", "venue", "start", "end", "name_en", "name_zh", "units"),
                rows);

        rows = new ArrayList<>();
        for (Athlete a : d.athletes()) {
            rows.add(List.of(
                    a.id(),
                    a.familyName(),
                    a.givenName(),
                    a.noc(),
                    String.valueOf(a.gender()),
                    a.birthDate().toString()));
        }
        Csv.write(
                dir.resolve("athletes.csv"),
                List.of("id", "family_name", "given_name", "noc", "gender", "birth_date"),
                rows);

        rows = new ArrayList<>();
        for (Team t : d.teams()) {
            rows.add(List.of(t.code(), t.name(), t.noc(), t.event(), String.join(";", t.members())));
        }
        Csv.write(dir.resolve("teams.csv"), List.of("code", "name", "noc", "event", "members"), rows);

        rows = new ArrayList<>();
        for (Entry en : d.entries()) {
            rows.add(List.of(en.event(), en.competitor()));
        }
        Csv.write(dir.resolve("entries.csv"), List.of("event", "competitor"), rows);
    }

    /** Java properties in UTF-8 (the importer reads them with a UTF-8 reader, like the CSV files). */
    private static void writeProperties(Path dir, Dataset d, String demoClock) throws IOException {
        String firstDay = d.units().stream()
                .map(u -> u.start.toLocalDate())
                .min(Comparable::compareTo)
                .orElseThrow()
                .toString();
        String lastDay = d.units().stream()
                .map(u -> u.start.toLocalDate())
                .max(Comparable::compareTo)
                .orElseThrow()
                .toString();
        StringBuilder sb = new StringBuilder();
        sb.append("# Demo dataset modelled on the Hangzhou 2022 Asian Games (23 Sep - 8 Oct 2023).\n");
        sb.append("# Generated by org.gamescloud.games.dataset.DemoDatasetGenerator; see README.md. Do not edit.\n");
        sb.append("name=Hangzhou 2022\n");
        sb.append("name_zh=杭州2022\n");
        sb.append("time_zone=Asia/Shanghai\n");
        sb.append("first_day=").append(firstDay).append('\n');
        sb.append("last_day=").append(lastDay).append('\n');
        sb.append("demo_clock=").append(demoClock).append('\n');
        Files.writeString(dir.resolve("dataset.properties"), sb.toString(), StandardCharsets.UTF_8);
    }
}
