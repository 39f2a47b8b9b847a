package org.gamescloud.results.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.gamescloud.results.MedalAward;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The medals as awarded by the latest official revision of each medal unit, and the log of their changes. */
@Repository
class MedalAwards {

    /** A row of the medal table (API.md). */
    record Standing(int rank, String noc, int gold, int silver, int bronze, int total) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MedalAwards(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<MedalAward> listOfUnit(String unitCode) {
        return jdbc.sql(SELECT + " WHERE unit_code = :unit ORDER BY medal_order(medal), competitor_code")
                .param("unit", unitCode)
                .query(MedalAward.class)
                .list();
    }

    List<MedalAward> listOfEvent(String eventCode) {
        return jdbc.sql(SELECT + " WHERE event_code = :event ORDER BY medal_order(medal), competitor_code")
                .param("event", eventCode)
                .query(MedalAward.class)
                .list();
    }

    List<MedalAward> listOfNoc(String noc) {
        return jdbc.sql(SELECT + " WHERE noc_code = :noc ORDER BY medal_order(medal), event_code, competitor_code")
                .param("noc", noc)
                .query(MedalAward.class)
                .list();
    }

    List<MedalAward> listOfCompetitors(List<String> competitors) {
        if (competitors.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE competitor_code IN (:competitors) ORDER BY medal_order(medal), event_code")
                .param("competitors", competitors)
                .query(MedalAward.class)
                .list();
    }

    /** Replaces the unit's awards by those of a new official revision, and logs what changed. */
    void replace(
            String unitCode, int revision, List<MedalAward> awards, List<MedalAward> withdrawn, OffsetDateTime at) {
        jdbc.sql("DELETE FROM medal_award WHERE unit_code = :unit")
                .param("unit", unitCode)
                .update();
        for (MedalAward award : awards) {
            jdbc.sql("""
                    INSERT INTO medal_award (unit_code, event_code, competitor_code, noc_code, medal, revision)
                    VALUES (:unit, :event, :competitor, :noc, :medal, :revision)
                    """)
                    .param("unit", unitCode)
                    .param("event", award.eventCode())
                    .param("competitor", award.competitor())
                    .param("noc", award.noc())
                    .param("medal", award.medal().name())
                    .param("revision", revision)
                    .update();
        }
        jdbc.sql("""
                INSERT INTO medal_change (unit_code, revision, at, awarded, withdrawn)
                VALUES (:unit, :revision, :at, CAST(:awarded AS jsonb), CAST(:withdrawn AS jsonb))
                """)
                .param("unit", unitCode)
                .param("revision", revision)
                .param("at", at)
                .param("awarded", json.writeValueAsString(awards))
                .param("withdrawn", json.writeValueAsString(withdrawn))
                .update();
    }

    /**
     * The medal table: every NOC with a medal, by gold, then silver, then bronze; NOCs still equal share the rank
     * and are listed by code.
     */
    List<Standing> table() {
        return jdbc.sql("""
                SELECT rank() OVER (ORDER BY gold DESC, silver DESC, bronze DESC) AS rank,
                       noc, gold, silver, bronze, gold + silver + bronze AS total
                FROM (SELECT noc_code AS noc,
                             count(*) FILTER (WHERE medal = 'GOLD') AS gold,
                             count(*) FILTER (WHERE medal = 'SILVER') AS silver,
                             count(*) FILTER (WHERE medal = 'BRONZE') AS bronze
                      FROM medal_award GROUP BY noc_code) counts
                ORDER BY gold DESC, silver DESC, bronze DESC, noc
                """).query(Standing.class).list();
    }

    private static final String SELECT =
            "SELECT event_code, unit_code, competitor_code AS competitor, noc_code AS noc, medal FROM medal_award";
}
