package org.gamescloud.results.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gamescloud.games.Scoring;
import org.junit.jupiter.api.Test;

class RecordsTests {

    @Test
    void aLowerTimeBeatsATimeRecord() {
        // Kiptum's 2:00:35 (Chicago 2023) beat Kipchoge's marathon world record of 2:01:09 (Berlin 2022).
        assertThat(Records.compare(Scoring.TIME, "2:00:35", "2:01:09")).isEqualTo(RecordOutcome.BEATS);
        assertThat(Records.compare(Scoring.TIME, "2:01:10", "2:01:09")).isEqualTo(RecordOutcome.MISSES);
    }

    @Test
    void aLongerOrHigherMarkBeatsADistanceOrHeightRecord() {
        // Powell's 8.95 (Tokyo 1991) beat Beamon's long jump world record of 8.90 (Mexico City 1968);
        // Barshim's 2.43 (Brussels 2014) did not reach Sotomayor's high jump world record of 2.45 (Salamanca 1993).
        assertThat(Records.compare(Scoring.DISTANCE, "8.95", "8.90")).isEqualTo(RecordOutcome.BEATS);
        assertThat(Records.compare(Scoring.HEIGHT, "2.43", "2.45")).isEqualTo(RecordOutcome.MISSES);
    }

    @Test
    void anEqualMarkEqualsTheRecordAtAnyPrecision() {
        assertThat(Records.compare(Scoring.TIME, "47.10", "47.100")).isEqualTo(RecordOutcome.EQUALS);
        assertThat(Records.compare(Scoring.HEIGHT, "2.4", "2.40")).isEqualTo(RecordOutcome.EQUALS);
    }

    @Test
    void pointsRecordsFollowTheirFamilysDirection() {
        assertThat(Records.compare(Scoring.POINTS_HIGH, "634.0", "633.9")).isEqualTo(RecordOutcome.BEATS);
        assertThat(Records.compare(Scoring.POINTS_LOW, "257", "258")).isEqualTo(RecordOutcome.BEATS);
    }

    @Test
    void judgedScoresAndContestsKeepNoRecords() {
        assertThat(Records.keepsRecords(Scoring.JUDGED)).isFalse();
        assertThat(Records.keepsRecords(Scoring.ROUND_ROBIN)).isFalse();
        assertThat(Records.keepsRecords(Scoring.TIME)).isTrue();
        assertThatThrownBy(() -> Records.compare(Scoring.JUDGED, "16.066", "16.000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JUDGED units keep no records");
    }

    @Test
    void rejectsAMalformedRecordNamingIt() {
        assertThatThrownBy(() -> Records.compare(Scoring.TIME, "9.58", "9,58"))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("record: time \"9,58\" is not written like 9.58, 1:02.34 or 2:01:09.12");
    }
}
