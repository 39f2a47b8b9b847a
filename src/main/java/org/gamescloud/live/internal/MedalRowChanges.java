package org.gamescloud.live.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gamescloud.results.MedalStanding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The medal-table rows that changed since the last push: a NOC's counts or its rank. A NOC that lost its last medal
 * appears once with zero medals and no rank, so that a client can remove it.
 */
@Repository
class MedalRowChanges {

    /** A row of {@code GET /api/medals}; {@code rank} is null for a NOC no longer in the table. */
    record Row(Integer rank, String noc, int gold, int silver, int bronze, int total) {}

    private final JdbcClient jdbc;

    MedalRowChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Compares the table with the last pushed one and keeps it as the new last pushed one. Serialised by a lock on
     * the snapshot, so that concurrent medal units each see the other's committed medals.
     */
    List<Row> takeChanges(List<MedalStanding> table) {
        jdbc.sql("LOCK TABLE live_medal_row IN EXCLUSIVE MODE").update();
        Map<String, Row> before = jdbc
                .sql("SELECT rank, noc, gold, silver, bronze, total FROM live_medal_row")
                .query(Row.class)
                .list()
                .stream()
                .collect(Collectors.toMap(Row::noc, Function.identity()));
        List<Row> changed = new ArrayList<>();
        for (MedalStanding standing : table) {
            Row now = new Row(
                    standing.rank(),
                    standing.noc(),
                    standing.gold(),
                    standing.silver(),
                    standing.bronze(),
                    standing.total());
            if (!now.equals(before.remove(standing.noc()))) {
                changed.add(now);
            }
        }
        before.keySet().stream().sorted().forEach(noc -> changed.add(new Row(null, noc, 0, 0, 0, 0)));
        if (!changed.isEmpty()) {
            jdbc.sql("DELETE FROM live_medal_row").update();
            for (MedalStanding standing : table) {
                jdbc.sql("""
                                INSERT INTO live_medal_row (noc, rank, gold, silver, bronze, total)
                                VALUES (:noc, :rank, :gold, :silver, :bronze, :total)
                                """).paramSource(standing).update();
            }
        }
        changed.sort(Comparator.comparing((Row row) -> row.rank() == null ? Integer.MAX_VALUE : row.rank())
                .thenComparing(Row::noc));
        return changed;
    }
}
