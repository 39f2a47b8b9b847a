package org.gamescloud.results.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Event;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.results.ResultStatus;
import org.gamescloud.results.UnitResults;
import org.gamescloud.results.internal.ranking.PointsScheme;
import org.gamescloud.results.internal.ranking.PoolMatch;
import org.gamescloud.results.internal.ranking.PoolStandings;
import org.gamescloud.results.internal.ranking.StandingRow;
import org.gamescloud.results.internal.ranking.TieBreaker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The standings of an event's pool phases ({@code GPA}, {@code GPB}, …) from the results of their matches: a match
 * counts once its result is UNOFFICIAL or OFFICIAL; a match with only a start list lists its competitors.
 */
@Service
class PoolStandingsService {

    /** @param qualifiers how many of each pool go through to the next phase */
    record Rule(int win, int draw, int loss, List<TieBreaker> tieBreakers, int qualifiers) {

        static final Rule FOOTBALL = new Rule(3, 1, 0, TieBreaker.FOOTBALL, 2);
    }

    record Row(
            int rank,
            String competitor,
            String noc,
            int played,
            int won,
            int drawn,
            int lost,
            @JsonProperty("for") int scoreFor,
            @JsonProperty("against") int scoreAgainst,
            int points,
            boolean qualified) {}

    /**
     * @param complete whether every match of the pool has a result (UNOFFICIAL or OFFICIAL); only then are the first
     *     {@link Rule#qualifiers()} marked {@code qualified} for the next phase
     */
    record Pool(String phase, boolean complete, List<Row> standings) {}

    private final GamesCatalog catalog;
    private final Revisions revisions;
    private final JdbcClient jdbc;

    PoolStandingsService(GamesCatalog catalog, Revisions revisions, JdbcClient jdbc) {
        this.catalog = catalog;
        this.revisions = revisions;
        this.jdbc = jdbc;
    }

    List<Pool> standings(Event event) {
        Rule rule = findRule(event.code()).orElse(Rule.FOOTBALL);
        PoolStandings table =
                new PoolStandings(new PointsScheme(rule.win(), rule.draw(), rule.loss()), rule.tieBreakers());
        Map<String, List<PoolMatch>> byPhase = new LinkedHashMap<>();
        Map<String, Boolean> complete = new LinkedHashMap<>();
        for (CompetitionUnit unit : catalog.listUnitsOfEvent(event.code())) {
            if (unit.phase().startsWith("GP")) {
                List<PoolMatch> matches = byPhase.computeIfAbsent(unit.phase(), phase -> new ArrayList<>());
                Optional<PoolMatch> match =
                        revisions.findLatest(unit.code(), event.code()).flatMap(this::match);
                match.ifPresent(matches::add);
                boolean decided =
                        match.map(played -> played.firstScore() != null).orElse(false);
                complete.merge(unit.phase(), decided, Boolean::logicalAnd);
            }
        }
        List<Pool> pools = new ArrayList<>();
        byPhase.forEach((phase, matches) -> {
            boolean done = complete.get(phase);
            int qualifiers = done ? rule.qualifiers() : 0;
            pools.add(new Pool(phase, done, rows(table.standings(matches), qualifiers)));
        });
        pools.sort((a, b) -> a.phase().compareTo(b.phase()));
        return pools;
    }

    Optional<Rule> findRule(String eventCode) {
        return jdbc.sql("SELECT win, draw, loss, tie_breakers, qualifiers FROM standing_rule WHERE event_code = :event")
                .param("event", eventCode)
                .query((rs, row) -> new Rule(
                        rs.getInt("win"),
                        rs.getInt("draw"),
                        rs.getInt("loss"),
                        Arrays.stream((String[]) rs.getArray("tie_breakers").getArray())
                                .map(TieBreaker::valueOf)
                                .toList(),
                        rs.getInt("qualifiers")))
                .optional();
    }

    void saveRule(String eventCode, Rule rule) {
        jdbc.sql("""
                INSERT INTO standing_rule (event_code, win, draw, loss, tie_breakers, qualifiers)
                VALUES (:event, :win, :draw, :loss, :tieBreakers, :qualifiers)
                ON CONFLICT (event_code) DO UPDATE SET win = excluded.win, draw = excluded.draw,
                    loss = excluded.loss, tie_breakers = excluded.tie_breakers, qualifiers = excluded.qualifiers
                """)
                .param("event", eventCode)
                .param("win", rule.win())
                .param("draw", rule.draw())
                .param("loss", rule.loss())
                .param(
                        "tieBreakers",
                        rule.tieBreakers().stream().map(Enum::name).toArray(String[]::new))
                .param("qualifiers", rule.qualifiers())
                .update();
    }

    private Optional<PoolMatch> match(UnitResults results) {
        List<UnitResults.Line> lines = results.results();
        if (lines.size() != 2) {
            return Optional.empty();
        }
        UnitResults.Line first = lines.get(0);
        UnitResults.Line second = lines.get(1);
        boolean decided = results.status() == ResultStatus.UNOFFICIAL || results.status() == ResultStatus.OFFICIAL;
        Integer firstScore = score(first);
        Integer secondScore = score(second);
        if (!decided || firstScore == null || secondScore == null) {
            return Optional.of(PoolMatch.notPlayed(first.competitor(), second.competitor()));
        }
        String winner = firstScore.equals(secondScore)
                        && first.rank() != null
                        && !first.rank().equals(second.rank())
                ? (first.rank() < (second.rank() == null ? Integer.MAX_VALUE : second.rank())
                        ? first.competitor()
                        : second.competitor())
                : null;
        return Optional.of(new PoolMatch(first.competitor(), firstScore, second.competitor(), secondScore, winner));
    }

    private static Integer score(UnitResults.Line line) {
        if (line.mark() == null) {
            return null;
        }
        try {
            return new BigDecimal(line.mark()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private List<Row> rows(List<StandingRow> rows, int qualifiers) {
        Map<String, String> nocs = new LinkedHashMap<>();
        catalog.findCompetitors(rows.stream().map(StandingRow::competitor).toList())
                .forEach((code, competitor) -> nocs.put(code, competitor.noc()));
        return rows.stream()
                .map(row -> new Row(
                        row.rank(),
                        row.competitor(),
                        nocs.get(row.competitor()),
                        row.played(),
                        row.won(),
                        row.drawn(),
                        row.lost(),
                        row.scoreFor(),
                        row.scoreAgainst(),
                        row.points(),
                        row.rank() <= qualifiers))
                .toList();
    }
}
