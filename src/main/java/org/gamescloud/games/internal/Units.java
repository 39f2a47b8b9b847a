package org.gamescloud.games.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.MedalUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Units {

    static final String COLUMNS =
            "u.code, u.event_code, u.phase, u.venue_code, u.start_time, u.end_time, u.name_en," + " u.name_zh, u.medal";

    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CompetitionUnit> findUnit(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM competition_unit u WHERE u.code = :code")
                .param("code", code)
                .query((rs, row) -> map(rs))
                .optional();
    }

    List<CompetitionUnit> listUnitsOfEvent(String eventCode) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM competition_unit u WHERE u.event_code = :event ORDER BY u.start_time, u.code")
                .param("event", eventCode)
                .query((rs, row) -> map(rs))
                .list();
    }

    /** Units that run at {@code moment}: started, and not yet ended (a unit with no end counts for two hours). */
    List<CompetitionUnit> listUnitsRunningAt(OffsetDateTime moment) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM competition_unit u WHERE u.start_time <= :moment"
                        + " AND coalesce(u.end_time, u.start_time + interval '2 hours') > :moment"
                        + " ORDER BY u.start_time, u.code")
                .param("moment", moment)
                .query((rs, row) -> map(rs))
                .list();
    }

    boolean create(CompetitionUnit unit) {
        return jdbc.sql("""
                INSERT INTO competition_unit (code, event_code, phase, venue_code, start_time, end_time, name_en,
                                              name_zh, medal)
                VALUES (:code, :event, :phase, :venue, :start, :end, :name, :nameZh, :medal)
                ON CONFLICT (code) DO NOTHING
                """)
                        .param("code", unit.code())
                        .param("event", unit.event())
                        .param("phase", unit.phase())
                        .param("venue", unit.venue())
                        .param("start", unit.start())
                        .param("end", unit.end())
                        .param("name", unit.name())
                        .param("nameZh", unit.nameZh())
                        .param(
                                "medal",
                                unit.medal() == null ? null : unit.medal().name())
                        .update()
                == 1;
    }

    static CompetitionUnit map(ResultSet rs) throws SQLException {
        String medal = rs.getString("medal");
        return new CompetitionUnit(
                rs.getString("code"),
                rs.getString("event_code"),
                rs.getString("phase"),
                rs.getString("venue_code"),
                Rows.localTime(rs, "start_time"),
                Rows.localTime(rs, "end_time"),
                rs.getString("name_en"),
                rs.getString("name_zh"),
                medal == null ? null : MedalUnit.valueOf(medal));
    }
}
