package org.gamescloud.simulator;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The peak-day benchmark (docs/benchmarks.md, "Live results at Games scale: ingest") on the application's default
 * database: its own durable embedded PostgreSQL (fsync and synchronous commit on), the demo Games loaded. Excluded
 * from {@code mvn verify}; with {@link PeakDayOnPostgres15Benchmark} run by
 *
 * <pre>mvn -q test -Dtest='PeakDay*Benchmark' -Dtest.excludedGroups=demo -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It fails only if a message is refused, never because a target is missed.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "games.embedded-postgres.data-directory=target/embedded-postgres-peak-day",
            "games.embedded-postgres.clean=true",
            "games.embedded-postgres.durable=true",
            "games.dataset.location=classpath:datasets/hangzhou2022/",
            "logging.level.org.gamescloud=WARN"
        })
class PeakDayBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void replaysThePeakDayOnTheEmbeddedDatabase() throws Exception {
        new PeakDayRuns(port, "embedded PostgreSQL (default, durable)", jdbc, transaction).measure();
    }
}
