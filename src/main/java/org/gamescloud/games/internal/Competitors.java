package org.gamescloud.games.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gamescloud.games.Competitor;
import org.gamescloud.games.Gender;
import org.gamescloud.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Athletes and teams, and the events they are entered in. */
@Repository
class Competitors {

    record Athlete(
            String id,
            String name,
            String familyName,
            String givenName,
            String noc,
            Gender gender,
            LocalDate birthDate,
            List<String> events) {}

    record Team(String code, String name, String noc, Gender gender, String event, List<String> members) {}

    private static final String ATHLETES = """
            SELECT c.code AS id, c.name, a.family_name, a.given_name, c.noc_code AS noc, c.gender, a.birth_date,
                   coalesce((SELECT array_agg(e.event_code ORDER BY e.event_code) FROM entry e
                             WHERE e.competitor_code = c.code), '{}') AS events
            FROM competitor c JOIN athlete a ON a.code = c.code""";

    private final JdbcClient jdbc;

    Competitors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Competitor> findCompetitor(String code) {
        return jdbc.sql("SELECT code, kind, noc_code AS noc, name, gender FROM competitor WHERE code = :code")
                .param("code", code)
                .query(Competitor.class)
                .optional();
    }

    Optional<Athlete> findAthlete(String id) {
        return jdbc.sql(ATHLETES + " WHERE c.code = :id")
                .param("id", id)
                .query((rs, row) -> mapAthlete(rs))
                .optional();
    }

    List<Athlete> listAthletes(String noc, Paging paging) {
        return jdbc.sql(ATHLETES + " WHERE (CAST(:noc AS text) IS NULL OR c.noc_code = :noc)"
                        + " ORDER BY c.noc_code, c.name, c.code LIMIT :limit OFFSET :offset")
                .param("noc", noc)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, row) -> mapAthlete(rs))
                .list();
    }

    long countAthletes(String noc) {
        return jdbc.sql("SELECT count(*) FROM competitor c WHERE c.kind = 'ATHLETE'"
                        + " AND (CAST(:noc AS text) IS NULL OR c.noc_code = :noc)")
                .param("noc", noc)
                .query(Long.class)
                .single();
    }

    List<Team> listTeams(String noc) {
        return jdbc.sql("""
                SELECT c.code, c.name, c.noc_code AS noc, c.gender, t.event_code AS event,
                       coalesce((SELECT array_agg(m.athlete_code ORDER BY m.athlete_code) FROM team_member m
                                 WHERE m.team_code = c.code), '{}') AS members
                FROM competitor c JOIN team t ON t.code = c.code
                WHERE c.noc_code = :noc ORDER BY t.event_code, c.code
                """)
                .param("noc", noc)
                .query((rs, row) -> new Team(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("noc"),
                        Gender.valueOf(rs.getString("gender")),
                        rs.getString("event"),
                        Rows.strings(rs, "members")))
                .list();
    }

    /** How many athletes each NOC has entered, by NOC code. */
    Map<String, Long> countAthletesByNoc() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT noc_code, count(*) AS athletes FROM competitor WHERE kind = 'ATHLETE' GROUP BY noc_code")
                .query(rs -> {
                    counts.put(rs.getString("noc_code"), rs.getLong("athletes"));
                });
        return counts;
    }

    /** The names of the athletes and teams, by code; unknown codes are left out. */
    Map<String, String> listNames(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT code, name FROM competitor WHERE code IN (:codes)")
                .param("codes", codes)
                .query(rs -> {
                    names.put(rs.getString("code"), rs.getString("name"));
                });
        return names;
    }

    Map<String, Competitor> findCompetitors(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, Competitor> found = new LinkedHashMap<>();
        jdbc.sql("SELECT code, kind, noc_code AS noc, name, gender FROM competitor WHERE code IN (:codes)")
                .param("codes", Set.copyOf(codes))
                .query(Competitor.class)
                .list()
                .forEach(competitor -> found.put(competitor.code(), competitor));
        return found;
    }

    /** The athletes or teams entered in the event, by NOC and code. */
    List<Competitor> listEntrants(String eventCode) {
        return jdbc.sql("""
                SELECT c.code, c.kind, c.noc_code AS noc, c.name, c.gender
                FROM entry e JOIN competitor c ON c.code = e.competitor_code
                WHERE e.event_code = :event ORDER BY c.noc_code, c.code
                """).param("event", eventCode).query(Competitor.class).list();
    }

    Set<String> listEntries(String eventCode) {
        return new HashSet<>(jdbc.sql("SELECT competitor_code FROM entry WHERE event_code = :event")
                .param("event", eventCode)
                .query(String.class)
                .list());
    }

    boolean isEntered(String eventCode, String competitorCode) {
        return jdbc.sql("SELECT count(*) FROM entry WHERE event_code = :event AND competitor_code = :competitor")
                        .param("event", eventCode)
                        .param("competitor", competitorCode)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Transactional
    boolean createAthlete(Athlete athlete) {
        if (!createCompetitor(athlete.id(), Competitor.Kind.ATHLETE, athlete.noc(), athlete.name(), athlete.gender())) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO athlete (code, family_name, given_name, birth_date)
                VALUES (:code, :familyName, :givenName, :birthDate)
                """)
                .param("code", athlete.id())
                .param("familyName", athlete.familyName())
                .param("givenName", athlete.givenName())
                .param("birthDate", athlete.birthDate())
                .update();
        athlete.events().forEach(event -> enter(event, athlete.id()));
        return true;
    }

    @Transactional
    boolean createTeam(Team team) {
        if (!createCompetitor(team.code(), Competitor.Kind.TEAM, team.noc(), team.name(), team.gender())) {
            return false;
        }
        jdbc.sql("INSERT INTO team (code, event_code) VALUES (:code, :event)")
                .param("code", team.code())
                .param("event", team.event())
                .update();
        for (String member : team.members()) {
            jdbc.sql("INSERT INTO team_member (team_code, athlete_code) VALUES (:team, :athlete)")
                    .param("team", team.code())
                    .param("athlete", member)
                    .update();
        }
        if (team.event() != null) {
            enter(team.event(), team.code());
        }
        return true;
    }

    void enter(String eventCode, String competitorCode) {
        jdbc.sql("INSERT INTO entry (event_code, competitor_code) VALUES (:event, :competitor) ON CONFLICT DO NOTHING")
                .param("event", eventCode)
                .param("competitor", competitorCode)
                .update();
    }

    private boolean createCompetitor(String code, Competitor.Kind kind, String noc, String name, Gender gender) {
        return jdbc.sql("""
                INSERT INTO competitor (code, kind, noc_code, name, gender) VALUES (:code, :kind, :noc, :name, :gender)
                ON CONFLICT (code) DO NOTHING
                """)
                        .param("code", code)
                        .param("kind", kind.name())
                        .param("noc", noc)
                        .param("name", name)
                        .param("gender", gender.name())
                        .update()
                == 1;
    }

    private static Athlete mapAthlete(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Athlete(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("family_name"),
                rs.getString("given_name"),
                rs.getString("noc"),
                Gender.valueOf(rs.getString("gender")),
                rs.getObject("birth_date", LocalDate.class),
                Rows.strings(rs, "events"));
    }
}
