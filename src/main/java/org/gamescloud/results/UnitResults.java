package org.gamescloud.results;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The results of a unit at one revision, exactly as {@code GET /api/results/units/{unitCode}} returns them.
 *
 * @param results ordered by rank; unranked lines last
 */
public record UnitResults(
        String unitCode,
        String event,
        ResultStatus status,
        ResultStatus.ScheduleStatus scheduleStatus,
        int revision,
        OffsetDateTime updatedAt,
        List<Line> results) {

    /**
     * @param rank competition rank, null when invalid or not yet ranked
     * @param medal the medal this line wins, once the unit is OFFICIAL; null otherwise
     * @param records records set or equalled with this mark ({@code GR}, {@code AR}, {@code WR})
     */
    public record Line(
            Integer rank, String competitor, String noc, String mark, String irm, Medal medal, List<String> records) {}
}
