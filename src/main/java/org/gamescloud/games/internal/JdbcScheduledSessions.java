package org.gamescloud.games.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.gamescloud.games.ScheduledSessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcScheduledSessions implements ScheduledSessions {

    private final JdbcClient jdbc;

    JdbcScheduledSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ScheduledSession> findSession(String code) {
        return jdbc.sql("SELECT code, venue_code, start_time, end_time FROM competition_session WHERE code = :code")
                .param("code", code)
                .query((rs, row) -> new ScheduledSession(
                        rs.getString("code"),
                        rs.getString("venue_code"),
                        rs.getObject("start_time", OffsetDateTime.class),
                        rs.getObject("end_time", OffsetDateTime.class)))
                .optional();
    }
}
