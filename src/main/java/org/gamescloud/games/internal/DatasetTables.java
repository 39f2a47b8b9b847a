package org.gamescloud.games.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * How each file of a dataset (docs/dataset-format.md) maps to the tables, in the order that keeps every reference
 * resolvable. Rows whose key exists already are skipped ({@code ON CONFLICT DO NOTHING}).
 */
final class DatasetTables {

    private DatasetTables() {}

    record Statement(String sql, Function<DatasetRow, List<SqlParameterSource>> parameters) {

        static Statement perRow(String sql, Function<DatasetRow, SqlParameterSource> parameters) {
            return new Statement(sql, row -> List.of(parameters.apply(row)));
        }
    }

    /** @param optional whether a dataset may leave the file out */
    record Table(String file, List<Statement> statements, boolean optional) {

        Table(String file, List<Statement> statements) {
            this(file, statements, false);
        }
    }

    static List<Table> tables() {
        return List.of(
                new Table(
                        "nocs.csv",
                        List.of(Statement.perRow(
                                "INSERT INTO noc (code, name_en, name_zh, region) VALUES (:code, :en, :zh, :region)"
                                        + " ON CONFLICT DO NOTHING",
                                row -> row.params()
                                        .addValue("code", row.required("code"))
                                        .addValue("en", row.required("name_en"))
                                        .addValue("zh", row.text("name_zh"))
                                        .addValue("region", row.text("region"))))),
                new Table(
                        "sports.csv",
                        List.of(Statement.perRow(
                                "INSERT INTO sport (code, name_en, name_zh) VALUES (:code, :en, :zh) ON CONFLICT DO NOTHING",
                                row -> row.params()
                                        .addValue("code", row.required("code"))
                                        .addValue("en", row.required("name_en"))
                                        .addValue("zh", row.text("name_zh"))))),
                new Table(
                        "disciplines.csv",
                        List.of(Statement.perRow(
                                "INSERT INTO discipline (code, sport_code, name_en, name_zh)"
                                        + " VALUES (:code, :sport, :en, :zh) ON CONFLICT DO NOTHING",
                                row -> row.params()
                                        .addValue("code", row.required("code"))
                                        .addValue("sport", row.required("sport"))
                                        .addValue("en", row.required("name_en"))
                                        .addValue("zh", row.text("name_zh"))))),
                new Table(
                        "venues.csv",
                        List.of(Statement.perRow(
                                """
                                INSERT INTO venue (code, name_en, name_zh, city, latitude, longitude, location_estimated,
                                                   capacity, capacity_estimated, disciplines)
                                VALUES (:code, :en, :zh, :city, :lat, :lon, :locEst, :capacity, :capEst, :disciplines)
                                ON CONFLICT DO NOTHING""",
                                row -> row.params()
                                        .addValue("code", row.required("code"))
                                        .addValue("en", row.required("name_en"))
                                        .addValue("zh", row.text("name_zh"))
                                        .addValue("city", row.required("city"))
                                        .addValue("lat", row.number("latitude"))
                                        .addValue("lon", row.number("longitude"))
                                        .addValue("locEst", row.flag("location_estimated"))
                                        .addValue("capacity", row.integer("capacity"))
                                        .addValue("capEst", row.flag("capacity_estimated"))
                                        .addValue("disciplines", row.list("disciplines"))))),
                new Table(
                        "events.csv",
                        List.of(Statement.perRow(
                                """
                                INSERT INTO event (code, discipline_code, name_en, name_zh, gender, scoring, team)
                                VALUES (:code, :discipline, :en, :zh, :gender, :scoring, :team) ON CONFLICT DO NOTHING""",
                                row -> row.params()
                                        .addValue("code", row.required("code"))
                                        .addValue("discipline", row.required("discipline"))
                                        .addValue("en", row.required("name_en"))
                                        .addValue("zh", row.text("name_zh"))
                                        .addValue("gender", row.required("gender"))
                                        .addValue("scoring", row.required("scoring"))
                                        .addValue("team", row.flag("team"))))),
                new Table(
                        "phases.csv",
                        List.of(Statement.perRow(
                                """
                                INSERT INTO phase (event_code, type, name_en, name_zh, sort_order)
                                VALUES (:event, :type, :en, :zh, :order) ON CONFLICT DO NOTHING""",
                                row -> row.params()
                                        .addValue("event", row.required("event"))
                                        .addValue("type", row.required("type"))
                                        .addValue("en", row.required("name_en"))
                                        .addValue("zh", row.text("name_zh"))
                                        .addValue("order", row.integer("order") == null ? 0 : row.integer("order"))))),
                new Table(
                        "units.csv",
                        List.of(Statement.perRow(
                                """
                                INSERT INTO competition_unit (code, event_code, phase, venue_code, start_time, end_time,
                                                              name_en, name_zh, medal)
                                VALUES (:code, :event, :phase, :venue, :start, :end, :en, :zh, :medal)
                                ON CONFLICT DO NOTHING""",
                                row -> row.params()
                                        .addValue("code", row.required("code"))
                                        .addValue("event", row.required("event"))
                                        .addValue("phase", phaseType(row))
                                        .addValue("venue", row.required("venue"))
                                        .addValue("start", row.time("start"))
                                        .addValue("end", row.text("end") == null ? null : row.time("end"))
                                        .addValue("en", row.text("name_en"))
                                        .addValue("zh", row.text("name_zh"))
                                        .addValue("medal", row.text("medal"))))),
                new Table(
                        "sessions.csv",
                        List.of(
                                Statement.perRow(
                                        """
                                        INSERT INTO competition_session (code, venue_code, start_time, end_time, name_en, name_zh)
                                        VALUES (:code, :venue, :start, :end, :en, :zh) ON CONFLICT DO NOTHING""",
                                        row -> row.params()
                                                .addValue("code", row.required("code"))
                                                .addValue("venue", row.required("venue"))
                                                .addValue("start", row.time("start"))
                                                .addValue("end", row.time("end"))
                                                .addValue("en", row.text("name_en"))
                                                .addValue("zh", row.text("name_zh"))),
                                new Statement(
                                        "INSERT INTO session_unit (session_code, unit_code) VALUES (:session, :unit)"
                                                + " ON CONFLICT DO NOTHING",
                                        row -> Arrays.stream(row.list("units"))
                                                .map(unit -> (SqlParameterSource) row.params()
                                                        .addValue("session", row.required("code"))
                                                        .addValue("unit", unit))
                                                .toList()))),
                new Table(
                        "athletes.csv",
                        List.of(
                                Statement.perRow(
                                        """
                                        INSERT INTO competitor (code, kind, noc_code, name, gender)
                                        VALUES (:id, 'ATHLETE', :noc, :name, :gender) ON CONFLICT DO NOTHING""",
                                        row -> row.params()
                                                .addValue("id", row.required("id"))
                                                .addValue("noc", row.required("noc"))
                                                .addValue("name", athleteName(row))
                                                .addValue("gender", row.required("gender"))),
                                Statement.perRow(
                                        """
                                        INSERT INTO athlete (code, family_name, given_name, birth_date)
                                        VALUES (:id, :family, :given, :birth) ON CONFLICT DO NOTHING""",
                                        row -> row.params()
                                                .addValue("id", row.required("id"))
                                                .addValue("family", row.text("family_name"))
                                                .addValue("given", row.text("given_name"))
                                                .addValue("birth", row.date("birth_date"))))),
                new Table(
                        "teams.csv",
                        List.of(
                                Statement.perRow(
                                        """
                                        INSERT INTO competitor (code, kind, noc_code, name, gender)
                                        SELECT :code, 'TEAM', :noc, :name, e.gender FROM event e WHERE e.code = :event
                                        ON CONFLICT DO NOTHING""",
                                        row -> row.params()
                                                .addValue("code", row.required("code"))
                                                .addValue("noc", row.required("noc"))
                                                .addValue("name", row.required("name"))
                                                .addValue("event", row.required("event"))),
                                Statement.perRow(
                                        "INSERT INTO team (code, event_code) VALUES (:code, :event) ON CONFLICT DO NOTHING",
                                        row -> row.params()
                                                .addValue("code", row.required("code"))
                                                .addValue("event", row.required("event"))),
                                new Statement(
                                        "INSERT INTO team_member (team_code, athlete_code) VALUES (:team, :athlete)"
                                                + " ON CONFLICT DO NOTHING",
                                        row -> Arrays.stream(row.list("members"))
                                                .map(member -> (SqlParameterSource) row.params()
                                                        .addValue("team", row.required("code"))
                                                        .addValue("athlete", member))
                                                .toList()))),
                new Table(
                        "entries.csv",
                        List.of(Statement.perRow(
                                "INSERT INTO entry (event_code, competitor_code) VALUES (:event, :competitor)"
                                        + " ON CONFLICT DO NOTHING",
                                row -> row.params()
                                        .addValue("event", row.required("event"))
                                        .addValue("competitor", row.required("competitor"))))),
                new Table(
                        "records.csv",
                        List.of(Statement.perRow(
                                """
                                INSERT INTO record_baseline (event_code, type, mark, holder, noc, set_on, place)
                                VALUES (:event, :type, :mark, :holder, :noc, :date, :place) ON CONFLICT DO NOTHING""",
                                row -> row.params()
                                        .addValue("event", row.required("event"))
                                        .addValue("type", row.required("type"))
                                        .addValue("mark", row.required("mark"))
                                        .addValue("holder", row.text("holder"))
                                        .addValue("noc", row.text("noc"))
                                        .addValue("date", row.date("date"))
                                        .addValue("place", row.text("place")))),
                        true));
    }

    /** A unit names its phase by the 26-character ODF phase code (event code + phase); the table keeps the type. */
    private static String phaseType(DatasetRow row) {
        String phase = row.required("phase");
        String event = row.required("event");
        String type = phase.startsWith(event) ? phase.substring(event.length()) : phase;
        return type.replaceAll("-+$", "");
    }

    /** Names are shown as ODF does: family name in capitals, then given name ("ZHANG Wei"). */
    private static String athleteName(DatasetRow row) {
        String family = row.text("family_name");
        String given = row.text("given_name");
        if (family == null) {
            return row.required("given_name");
        }
        return given == null ? family.toUpperCase() : family.toUpperCase() + " " + given;
    }
}
