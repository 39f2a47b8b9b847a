package org.gamescloud.simulator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The peak-day benchmark on the machine's PostgreSQL 15 (127.0.0.1:5432, postgres/postgres, its default durable
 * settings), in a database of its own, {@code games_ingest_bench}, made anew for each run. See {@link PeakDayBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + PeakDayOnPostgres15Benchmark.DATABASE,
            "spring.datasource.username=postgres",
            "spring.datasource.password=postgres",
            "games.dataset.location=classpath:datasets/hangzhou2022/",
            "logging.level.org.gamescloud=WARN"
        })
class PeakDayOnPostgres15Benchmark {

    static final String DATABASE = "games_ingest_bench";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @BeforeAll
    static void createsItsOwnDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    @Test
    void replaysThePeakDayOnPostgres15() throws Exception {
        new PeakDayRuns(port, "PostgreSQL 15 of the machine", jdbc, transaction).measure();
    }
}
