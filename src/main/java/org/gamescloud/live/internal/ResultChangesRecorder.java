package org.gamescloud.live.internal;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.results.MedalAward;
import org.gamescloud.results.MedalStandings;
import org.gamescloud.results.MedalsAwarded;
import org.gamescloud.results.UnitResults;
import org.gamescloud.results.UnitResultsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every result and medal change as a pending live update, synchronously in the transaction of results that
 * made the change: once results acknowledge a message, its update is stored and will be published, whatever
 * happens to this node next.
 */
@Component
class ResultChangesRecorder {

    private final PendingUpdates pending;
    private final MedalStandings standings;
    private final MedalRowChanges medalRows;
    private final JsonMapper json;
    private final GamesClock clock;

    ResultChangesRecorder(
            PendingUpdates pending,
            MedalStandings standings,
            MedalRowChanges medalRows,
            JsonMapper json,
            GamesClock clock) {
        this.pending = pending;
        this.standings = standings;
        this.medalRows = medalRows;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(UnitResultsChanged changed) {
        UnitResults results = asStored(changed.results());
        Set<String> nocs = results.results().stream()
                .map(UnitResults.Line::noc)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        pending.add(new PendingUpdate(
                0,
                PendingUpdate.RESULT,
                results.event(),
                results.unitCode(),
                results.status(),
                nocs,
                json.writeValueAsString(results),
                clock.instant()));
    }

    /** The results as read back from the database, which rounds times to the microsecond. */
    private static UnitResults asStored(UnitResults results) {
        return results.updatedAt() == null
                ? results
                : new UnitResults(
                        results.unitCode(),
                        results.event(),
                        results.status(),
                        results.scheduleStatus(),
                        results.revision(),
                        results.updatedAt().plusNanos(500).truncatedTo(ChronoUnit.MICROS),
                        results.results());
    }

    @EventListener
    void on(MedalsAwarded awarded) {
        List<MedalRowChanges.Row> rows = medalRows.takeChanges(standings.list());
        if (rows.isEmpty()) {
            return;
        }
        Set<String> nocs = rows.stream().map(MedalRowChanges.Row::noc).collect(Collectors.toSet());
        String eventCode = Stream.concat(awarded.awarded().stream(), awarded.withdrawn().stream())
                .map(MedalAward::eventCode)
                .findFirst()
                .orElse(null);
        pending.add(new PendingUpdate(
                0, PendingUpdate.MEDALS, eventCode, null, null, nocs, json.writeValueAsString(rows), clock.instant()));
    }
}
