package org.gamescloud.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.media.FakePartner;
import org.gamescloud.media.MediaFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The test plays a second node: while it holds a partner's lease, this application's worker does not deliver to that
 * partner; when the lease runs out without being renewed (the other node died), the worker takes over.
 */
@GamesIntegrationTest
class DeliveryLeaseTests {

    @Autowired
    RestTestClient client;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeliveryQueue queue;

    @Test
    void deliversNothingToAPartnerLeasedByAnotherNodeAndTakesOverWhenItsLeaseRunsOut() throws Exception {
        MediaFixture media = new MediaFixture(client, events, transactions, jdbc);
        try (FakePartner partner = FakePartner.start()) {
            String unit = MediaFixture.newUnit();
            PartnerId id = new PartnerId(((Number) media.register("Antara", partner.endpoint(), List.of(unit))
                            .get("id"))
                    .longValue());
            leaseAsOtherNode(id, Duration.ofSeconds(3));
            long update = MediaFixture.newId();
            media.publish(MediaFixture.result(update, unit, MediaFixture.MORNING));

            await().during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> partner.received().isEmpty());
            List<DeliveryQueue.Lease> claimedByAThirdNode = queue.claim("third-node", 10_000, Duration.ofSeconds(1));
            claimedByAThirdNode.forEach(queue::release);
            assertThat(claimedByAThirdNode)
                    .extracting(DeliveryQueue.Lease::partner)
                    .doesNotContain(id);

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> partner.acknowledgedIds().contains(update));
            assertThat(partner.received()).hasSize(1);
        }
    }

    /** Records a lease of another node on the partner, as its claim would, which that node then never renews. */
    private void leaseAsOtherNode(PartnerId partner, Duration lease) {
        jdbc.sql("""
                        UPDATE media_partner SET lease_owner = 'other-node',
                               lease_until = clock_timestamp() + :lease_ms * interval '1 millisecond'
                        WHERE id = :id
                        """)
                .param("id", partner.value())
                .param("lease_ms", lease.toMillis())
                .update();
    }
}
