package org.gamescloud.games.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.platform.Bilingual;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Competition sessions: a venue, a time window and the units held in it. */
@Repository
class Sessions {

    record Session(
            String code,
            String venue,
            OffsetDateTime start,
            OffsetDateTime end,
            String name,
            String nameZh,
            List<CompetitionUnit> units)
            implements Bilingual {}

    /**
     * Which sessions to list: a Games-local day, a venue, a discipline (a session holding at least one unit of it);
     * any may be absent.
     */
    record Filter(LocalDate date, String venue, String discipline) {

        Filter(LocalDate date, String venue) {
            this(date, venue, null);
        }

        OffsetDateTime from() {
            return date == null
                    ? null
                    : date.atStartOfDay(GamesClock.GAMES_ZONE).toOffsetDateTime();
        }

        OffsetDateTime to() {
            return date == null
                    ? null
                    : date.plusDays(1).atStartOfDay(GamesClock.GAMES_ZONE).toOffsetDateTime();
        }
    }

    private static final String WHERE = " WHERE (CAST(:from AS timestamptz) IS NULL OR s.start_time >= :from)"
            + " AND (CAST(:to AS timestamptz) IS NULL OR s.start_time < :to)"
            + " AND (CAST(:venue AS text) IS NULL OR s.venue_code = :venue)"
            + " AND (CAST(:discipline AS text) IS NULL OR EXISTS (SELECT 1 FROM session_unit su"
            + " JOIN competition_unit u ON u.code = su.unit_code JOIN event e ON e.code = u.event_code"
            + " WHERE su.session_code = s.code AND e.discipline_code = :discipline))";

    private final JdbcClient jdbc;

    Sessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(Filter filter) {
        return jdbc.sql("SELECT count(*) FROM competition_session s" + WHERE)
                .param("from", filter.from())
                .param("to", filter.to())
                .param("venue", filter.venue())
                .param("discipline", filter.discipline())
                .query(Long.class)
                .single();
    }

    List<Session> list(Filter filter, Paging paging) {
        List<Session> sessions = jdbc.sql("SELECT s.code, s.venue_code, s.start_time, s.end_time, s.name_en, s.name_zh"
                        + " FROM competition_session s" + WHERE
                        + " ORDER BY s.start_time, s.venue_code, s.code LIMIT :limit OFFSET :offset")
                .param("from", filter.from())
                .param("to", filter.to())
                .param("venue", filter.venue())
                .param("discipline", filter.discipline())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, row) -> map(rs, List.of()))
                .list();
        return withUnits(sessions);
    }

    Optional<Session> findSession(String code) {
        return jdbc.sql("SELECT s.code, s.venue_code, s.start_time, s.end_time, s.name_en, s.name_zh"
                        + " FROM competition_session s WHERE s.code = :code")
                .param("code", code)
                .query((rs, row) -> map(rs, List.of()))
                .optional()
                .map(session -> withUnits(List.of(session)).get(0));
    }

    /** The sessions with these codes, in the given order; unknown codes are left out. */
    List<Session> findSessions(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Session> byCode = new LinkedHashMap<>();
        jdbc.sql("SELECT s.code, s.venue_code, s.start_time, s.end_time, s.name_en, s.name_zh"
                        + " FROM competition_session s WHERE s.code IN (:codes)")
                .param("codes", codes)
                .query((rs, row) -> map(rs, List.of()))
                .list()
                .forEach(session -> byCode.put(session.code(), session));
        return withUnits(
                codes.stream().filter(byCode::containsKey).map(byCode::get).toList());
    }

    /** The Games-local days that have sessions, for the schedule's day picker. */
    List<LocalDate> listDays() {
        return jdbc.sql("SELECT DISTINCT CAST(start_time AT TIME ZONE 'Asia/Shanghai' AS date) AS day"
                        + " FROM competition_session ORDER BY day")
                .query(LocalDate.class)
                .list();
    }

    boolean create(Session session) {
        int created = jdbc.sql("""
                INSERT INTO competition_session (code, venue_code, start_time, end_time, name_en, name_zh)
                VALUES (:code, :venue, :start, :end, :name, :nameZh)
                ON CONFLICT (code) DO NOTHING
                """)
                .param("code", session.code())
                .param("venue", session.venue())
                .param("start", session.start())
                .param("end", session.end())
                .param("name", session.name())
                .param("nameZh", session.nameZh())
                .update();
        if (created == 1) {
            for (CompetitionUnit unit : session.units()) {
                jdbc.sql("INSERT INTO session_unit (session_code, unit_code) VALUES (:session, :unit)")
                        .param("session", session.code())
                        .param("unit", unit.code())
                        .update();
            }
        }
        return created == 1;
    }

    /** The session already holding the unit, if any. */
    Optional<String> findSessionOfUnit(String unitCode) {
        return jdbc.sql("SELECT session_code FROM session_unit WHERE unit_code = :unit")
                .param("unit", unitCode)
                .query(String.class)
                .optional();
    }

    private List<Session> withUnits(List<Session> sessions) {
        if (sessions.isEmpty()) {
            return sessions;
        }
        Map<String, List<CompetitionUnit>> units = new LinkedHashMap<>();
        sessions.forEach(session -> units.put(session.code(), new ArrayList<>()));
        jdbc.sql("SELECT su.session_code, " + Units.COLUMNS + " FROM session_unit su"
                        + " JOIN competition_unit u ON u.code = su.unit_code"
                        + " WHERE su.session_code IN (:sessions) ORDER BY u.start_time, u.code")
                .param("sessions", units.keySet())
                .query(rs -> {
                    units.get(rs.getString("session_code")).add(Units.map(rs));
                });
        return sessions.stream()
                .map(session -> new Session(
                        session.code(),
                        session.venue(),
                        session.start(),
                        session.end(),
                        session.name(),
                        session.nameZh(),
                        List.copyOf(units.get(session.code()))))
                .toList();
    }

    private static Session map(ResultSet rs, List<CompetitionUnit> units) throws SQLException {
        return new Session(
                rs.getString("code"),
                rs.getString("venue_code"),
                Rows.localTime(rs, "start_time"),
                Rows.localTime(rs, "end_time"),
                rs.getString("name_en"),
                rs.getString("name_zh"),
                units);
    }
}
