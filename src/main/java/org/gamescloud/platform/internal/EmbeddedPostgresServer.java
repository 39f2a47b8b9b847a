package org.gamescloud.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * A real PostgreSQL server run from the binaries shipped in Maven artifacts. One server per data directory and JVM:
 * every application context of a test run shares it, and it stops when the JVM exits.
 */
final class EmbeddedPostgresServer {

    static final String DATABASE = "gamescloud";
    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer obtain(EmbeddedPostgresProperties properties) {
        Path directory = properties.dataDirectory().toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(directory, dir -> start(dir, properties));
    }

    private static EmbeddedPostgresServer start(Path directory, EmbeddedPostgresProperties properties) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(directory.getParent());
            if (properties.clean()) {
                // A JVM killed mid-run leaves a data directory that initdb refuses; clean means start from nothing.
                deleteRecursively(directory);
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(properties.clean())
                    .setPort(properties.port())
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "128MB")
                    // zonky starts the server with fsync off, for tests; an acknowledged write of the platform must
                    // survive a crash of the machine, so the application turns it back on (tests may not).
                    .setServerConfig("fsync", properties.durable() ? "on" : "off")
                    .setServerConfig("synchronous_commit", properties.durable() ? "on" : "off")
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            // Stop only after every application context has closed: their last work (the event publication
            // registry, the connection pool) still needs the database.
            SpringApplication.getShutdownHandlers().add(server::stop);
            server.createDatabaseIfMissing();
            log.info(
                    "Embedded PostgreSQL started in {} ms with its data in {}. Connect with: psql -h localhost -p {} -U {} {}",
                    (System.nanoTime() - started) / 1_000_000,
                    directory,
                    postgres.getPort(),
                    USER,
                    DATABASE);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    /** Stops the server of that data directory, if one runs; the data stays. */
    static void stop(Path dataDirectory) {
        EmbeddedPostgresServer server =
                RUNNING.remove(dataDirectory.toAbsolutePath().normalize());
        if (server != null) {
            server.stop();
        }
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }
}
