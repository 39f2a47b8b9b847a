package org.gamescloud.ticketing.internal;

import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The storm on the embedded PostgreSQL 17, durable (fsync and synchronous commit on). Run with the HTTP one:
 *
 * <pre>mvn -q test -Dtest='TicketingEmbeddedBenchmark,TicketingHttpBenchmark' -Dtest.excludedGroups=demo -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("benchmark")
@GamesIntegrationTest
@TestPropertySource(properties = "games.embedded-postgres.durable=true")
class TicketingEmbeddedBenchmark extends TicketingStorm {

    @Test
    void sellsOutTheStadiumOnTheEmbeddedDatabase() throws Exception {
        runStorm("embedded PostgreSQL 17.6 (durable)", PER_ORDER, 1);
    }
}
