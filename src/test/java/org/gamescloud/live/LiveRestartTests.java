package org.gamescloud.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.live.LiveFixture.heat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged result reaches the stream even when its node goes down before publishing it, and the stream
 * resumes from the stored log across restarts.
 */
class LiveRestartTests {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void publishesAnAcknowledgedResultAfterARestartAndResumesFromTheStoredLog() throws Exception {
        Path database = LiveNode.newDatabaseDirectory("restart");
        String unit = heat(30);
        try (LiveNode notPublishing = LiveNode.start(database, "--games.live.publishing=false")) {
            assertThat(notPublishing.post(unit, 1, "UNOFFICIAL")).isEqualTo(200);
            assertThat(notPublishing.post(unit, 2, "OFFICIAL")).isEqualTo(200);
        }

        long first;
        try (LiveNode restarted = LiveNode.start(database);
                SseClient fromTheStart = SseClient.connect(restarted.port(), "unit=" + unit, 0L)) {
            SseClient.Event unofficial = fromTheStart.next(WAIT);
            SseClient.Event official = fromTheStart.next(WAIT);
            assertThat(unofficial.data()).contains("\"revision\":1", "\"UNOFFICIAL\"");
            assertThat(official.data()).contains("\"revision\":2", "\"OFFICIAL\"");
            assertThat(official.id()).isEqualTo(unofficial.id() + 1);
            first = unofficial.id();
        }

        try (LiveNode again = LiveNode.start(database);
                SseClient resumed = SseClient.connect(again.port(), "unit=" + unit, first)) {
            SseClient.Event replayed = resumed.next(WAIT);
            assertThat(replayed.id()).isEqualTo(first + 1);
            assertThat(replayed.data()).contains("\"revision\":2");
            assertThat(resumed.drain(Duration.ofMillis(500)))
                    .as("nothing twice")
                    .isEmpty();
        }
    }
}
