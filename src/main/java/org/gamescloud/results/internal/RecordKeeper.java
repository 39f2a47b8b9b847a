package org.gamescloud.results.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gamescloud.games.Competitor;
import org.gamescloud.games.Event;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.games.RecordBaseline;
import org.gamescloud.games.Scoring;
import org.gamescloud.results.RecordSet;
import org.gamescloud.results.UnitResults;
import org.gamescloud.results.internal.ranking.RankedResult;
import org.gamescloud.results.internal.ranking.RecordOutcome;
import org.gamescloud.results.internal.ranking.Records;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Games, Asian and world records of timed and measured events. The standing record is the latest one set at these
 * Games by an official result, or else the dataset's baseline. A unit's winning mark that beats it is flagged on the
 * result at once (provisionally while the unit is not official); an official result sets the record, and a correction
 * of that unit withdraws what it had set before deciding again.
 */
@Component
class RecordKeeper {

    static final Set<Scoring> KEPT = EnumSet.of(Scoring.TIME, Scoring.DISTANCE, Scoring.HEIGHT);

    /** A record as it stands: the type and the mark. */
    record Standing(String type, String mark, String holder, String noc, String unitCode) {}

    private final GamesCatalog catalog;
    private final JdbcClient jdbc;

    RecordKeeper(GamesCatalog catalog, JdbcClient jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /** The records of the event as they stand, ignoring those set by {@code exceptUnit} (null for none). */
    Map<String, Standing> standing(String eventCode, String exceptUnit) {
        Map<String, Standing> records = new LinkedHashMap<>();
        for (RecordBaseline baseline : catalog.listRecordBaselines(eventCode)) {
            records.put(
                    baseline.type(),
                    new Standing(baseline.type(), baseline.mark(), baseline.holder(), baseline.noc(), null));
        }
        jdbc.sql("""
                SELECT DISTINCT ON (r.type) r.type, r.mark, c.name AS holder, r.noc_code AS noc, r.unit_code
                FROM record_set r JOIN competitor c ON c.code = r.competitor_code
                WHERE r.event_code = :event AND r.withdrawn_at IS NULL
                  AND (CAST(:except AS text) IS NULL OR r.unit_code <> :except)
                ORDER BY r.type, r.id DESC
                """)
                .param("event", eventCode)
                .param("except", exceptUnit)
                .query(Standing.class)
                .list()
                .forEach(record -> records.put(record.type(), record));
        return records;
    }

    /** The records each line of the unit's ranking sets: the winning mark, where it beats the standing record. */
    Map<String, List<String>> flag(Event event, String unitCode, List<RankedResult> ranked, Lookups lookups) {
        Map<String, List<String>> flags = new LinkedHashMap<>();
        if (!KEPT.contains(event.scoring())) {
            return flags;
        }
        Map<String, Standing> standing = lookups.standing(event.code(), unitCode);
        for (RankedResult result : ranked) {
            if (result.rank() == null || result.rank() != 1 || result.mark() == null) {
                continue;
            }
            for (Standing record : standing.values()) {
                if (Records.compare(event.scoring(), result.mark(), record.mark()) == RecordOutcome.BEATS) {
                    flags.computeIfAbsent(result.competitor(), competitor -> new ArrayList<>())
                            .add(record.type());
                }
            }
        }
        flags.values().forEach(types -> types.sort(null));
        return flags;
    }

    /** Sets the records of an official revision of the unit, after withdrawing those of its earlier revisions. */
    List<RecordSet> keep(Event event, UnitResults results, Map<String, Competitor> competitors) {
        jdbc.sql("UPDATE record_set SET withdrawn_at = :at WHERE unit_code = :unit AND withdrawn_at IS NULL")
                .param("at", results.updatedAt())
                .param("unit", results.unitCode())
                .update();
        Map<String, Standing> before = standing(event.code(), results.unitCode());
        List<RecordSet> set = new ArrayList<>();
        for (UnitResults.Line line : results.results()) {
            for (String type : line.records()) {
                jdbc.sql("""
                        INSERT INTO record_set (event_code, type, mark, competitor_code, noc_code, unit_code, revision,
                                                set_at)
                        VALUES (:event, :type, :mark, :competitor, :noc, :unit, :revision, :at)
                        """)
                        .param("event", event.code())
                        .param("type", type)
                        .param("mark", line.mark())
                        .param("competitor", line.competitor())
                        .param("noc", competitors.get(line.competitor()).noc())
                        .param("unit", results.unitCode())
                        .param("revision", results.revision())
                        .param("at", results.updatedAt())
                        .update();
                set.add(new RecordSet(
                        event.code(),
                        results.unitCode(),
                        results.revision(),
                        type,
                        line.mark(),
                        line.competitor(),
                        line.noc(),
                        before.get(type).mark()));
            }
        }
        return set;
    }
}
