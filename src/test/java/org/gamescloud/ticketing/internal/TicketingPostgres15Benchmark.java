package org.gamescloud.ticketing.internal;

import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The storm on the machine's PostgreSQL 15 server (fsync and synchronous commit on by default), database
 * {@code ticketing_bench} (docs/benchmarks.md says how to create it).
 */
@Tag("benchmark")
@GamesIntegrationTest
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/${games.benchmark.database:ticketing_bench}",
            "spring.datasource.username=postgres",
            "spring.datasource.password=postgres"
        })
class TicketingPostgres15Benchmark extends TicketingStorm {

    @Test
    void sellsOutTheStadiumOnThePostgres15Server() throws Exception {
        runStorm("PostgreSQL 15 server", PER_ORDER, 1);
    }
}
