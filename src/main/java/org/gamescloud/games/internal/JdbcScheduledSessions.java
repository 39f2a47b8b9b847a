package org.gamescloud.games.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gamescloud.games.ScheduledSession;
import org.gamescloud.games.ScheduledSessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcScheduledSessions implements ScheduledSessions {

    private static final String SELECT =
            "SELECT code, venue_code, start_time, end_time, name_en, name_zh FROM competition_session";

    private final JdbcClient jdbc;

    JdbcScheduledSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ScheduledSession> findSession(String code) {
        return jdbc.sql(SELECT + " WHERE code = :code")
                .param("code", code)
                .query((rs, row) -> map(rs))
                .optional();
    }

    @Override
    public List<ScheduledSession> listSessions(String venueCode, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(SELECT + " WHERE venue_code = :venue AND end_time > :from AND start_time < :to"
                        + " ORDER BY start_time, code")
                .param("venue", venueCode)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> map(rs))
                .list();
    }

    private static ScheduledSession map(ResultSet rs) throws SQLException {
        return new ScheduledSession(
                rs.getString("code"),
                rs.getString("venue_code"),
                rs.getObject("start_time", OffsetDateTime.class),
                rs.getObject("end_time", OffsetDateTime.class),
                rs.getString("name_en"),
                rs.getString("name_zh"));
    }
}
