package org.gamescloud.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.live.LiveFixture.heat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Two application instances sharing one database and an in-process Kafka (KRaft) broker: a result posted to node A
 * reaches a subscriber of node B through the topic. Node B neither publishes nor polls the log during the test, so
 * only Kafka can bring it the update.
 */
class TwoNodesKafkaTests {

    private static EmbeddedKafkaKraftBroker kafka;

    @BeforeAll
    static void startKafka() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1, "games.live");
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stopKafka() {
        kafka.destroy();
    }

    @Test
    void aResultPostedToOneNodeReachesASubscriberOfTheOther() throws Exception {
        Path database = LiveNode.newDatabaseDirectory("two-nodes");
        String bus = "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString();
        try (LiveNode a = LiveNode.start(database, "--games.live.bus=kafka", bus);
                LiveNode b = LiveNode.start(
                        database,
                        "--games.live.bus=kafka",
                        bus,
                        "--games.live.publishing=false",
                        "--games.live.catch-up-interval=1h");
                SseClient onB = SseClient.connect(b.port(), "unit=" + heat(31), null)) {
            assertThat(a.post(heat(31), 1, "OFFICIAL")).isEqualTo(200);

            SseClient.Event event = onB.next(Duration.ofSeconds(30));

            assertThat(event.name()).isEqualTo("result");
            assertThat(event.data()).contains(heat(31), "\"OFFICIAL\"");
        }
    }
}
