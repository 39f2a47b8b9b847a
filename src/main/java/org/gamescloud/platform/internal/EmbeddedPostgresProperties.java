package org.gamescloud.platform.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the server keeps its data; it survives restarts
 * @param port the port to listen on, 0 for any free port
 * @param clean whether to wipe the data directory first (tests)
 * @param durable whether commits are flushed to disk (fsync, synchronous commit); off only for throw-away test
 *     databases
 */
@ConfigurationProperties("games.embedded-postgres")
record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("true") boolean durable) {}
