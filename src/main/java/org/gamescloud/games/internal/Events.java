package org.gamescloud.games.internal;

import java.util.List;
import java.util.Optional;
import org.gamescloud.games.Discipline;
import org.gamescloud.games.Event;
import org.gamescloud.games.Phase;
import org.gamescloud.platform.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Events with their sports and disciplines. */
@Repository
class Events {

    private static final String SELECT =
            "SELECT code, name_en AS name, name_zh, discipline_code AS discipline, gender, scoring, team FROM event";

    record Sport(String code, String name, String nameZh) implements Bilingual {}

    private final JdbcClient jdbc;

    Events(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Event> listEvents() {
        return jdbc.sql(SELECT + " ORDER BY code").query(Event.class).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM event").query(Long.class).single();
    }

    List<Phase> listPhases() {
        return jdbc.sql("SELECT event_code AS event, type, name_en AS name, name_zh FROM phase"
                        + " ORDER BY event_code, sort_order, type")
                .query(Phase.class)
                .list();
    }

    List<Phase> listPhasesOf(String eventCode) {
        return jdbc.sql("SELECT event_code AS event, type, name_en AS name, name_zh FROM phase"
                        + " WHERE event_code = :event ORDER BY sort_order, type")
                .param("event", eventCode)
                .query(Phase.class)
                .list();
    }

    Optional<Event> findEvent(String code) {
        return jdbc.sql(SELECT + " WHERE code = :code")
                .param("code", code)
                .query(Event.class)
                .optional();
    }

    List<Sport> listSports() {
        return jdbc.sql("SELECT code, name_en AS name, name_zh FROM sport ORDER BY name_en")
                .query(Sport.class)
                .list();
    }

    List<Discipline> listDisciplines() {
        return jdbc.sql("SELECT code, sport_code AS sport, name_en AS name, name_zh FROM discipline ORDER BY name_en")
                .query(Discipline.class)
                .list();
    }

    Optional<Discipline> findDiscipline(String code) {
        return jdbc.sql("SELECT code, sport_code AS sport, name_en AS name, name_zh FROM discipline WHERE code = :code")
                .param("code", code)
                .query(Discipline.class)
                .optional();
    }

    boolean create(Event event) {
        return jdbc.sql("""
                INSERT INTO event (code, discipline_code, name_en, name_zh, gender, scoring, team)
                VALUES (:code, :discipline, :name, :nameZh, :gender, :scoring, :team)
                ON CONFLICT (code) DO NOTHING
                """)
                        .param("code", event.code())
                        .param("discipline", event.discipline())
                        .param("name", event.name())
                        .param("nameZh", event.nameZh())
                        .param("gender", event.gender().name())
                        .param("scoring", event.scoring().name())
                        .param("team", event.team())
                        .update()
                == 1;
    }

    /** Makes sure the event has the phase, so that units can be created in it. */
    void ensurePhase(String eventCode, String type, String name, String nameZh, int order) {
        jdbc.sql("""
                INSERT INTO phase (event_code, type, name_en, name_zh, sort_order)
                VALUES (:event, :type, :name, :nameZh, :order)
                ON CONFLICT (event_code, type) DO NOTHING
                """)
                .param("event", eventCode)
                .param("type", type)
                .param("name", name)
                .param("nameZh", nameZh)
                .param("order", order)
                .update();
    }
}
