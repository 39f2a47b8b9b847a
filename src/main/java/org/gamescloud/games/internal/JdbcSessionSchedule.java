package org.gamescloud.games.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gamescloud.games.ScheduledSession;
import org.gamescloud.games.SessionSchedule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcSessionSchedule implements SessionSchedule {

    private final Sessions sessions;
    private final JdbcClient jdbc;

    JdbcSessionSchedule(Sessions sessions, JdbcClient jdbc) {
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ScheduledSession> findSession(String code) {
        return sessions.findSession(code).map(JdbcSessionSchedule::toPublic);
    }

    @Override
    public List<ScheduledSession> listSessionsStarting(OffsetDateTime from, OffsetDateTime to) {
        List<String> codes = jdbc.sql("SELECT code FROM competition_session WHERE start_time >= :from"
                        + " AND start_time < :to ORDER BY start_time, venue_code, code")
                .param("from", from)
                .param("to", to)
                .query(String.class)
                .list();
        return sessions.findSessions(codes).stream()
                .map(JdbcSessionSchedule::toPublic)
                .toList();
    }

    @Override
    public List<ScheduledSession> listSessions(String venueCode, OffsetDateTime from, OffsetDateTime to) {
        List<String> codes = jdbc.sql("SELECT code FROM competition_session WHERE venue_code = :venue"
                        + " AND end_time > :from AND start_time < :to ORDER BY start_time, code")
                .param("venue", venueCode)
                .param("from", from)
                .param("to", to)
                .query(String.class)
                .list();
        return sessions.findSessions(codes).stream()
                .map(JdbcSessionSchedule::toPublic)
                .toList();
    }

    private static ScheduledSession toPublic(Sessions.Session session) {
        return new ScheduledSession(
                session.code(),
                session.venue(),
                session.start(),
                session.end(),
                session.name(),
                session.nameZh(),
                session.units());
    }
}
