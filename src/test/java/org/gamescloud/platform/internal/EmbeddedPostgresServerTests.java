package org.gamescloud.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTests {

    @TempDir
    Path directory;

    @Test
    void keepsItsDataAcrossARestart() throws Exception {
        var properties = new EmbeddedPostgresProperties(directory.resolve("postgres"), 0, false, true);
        String url = EmbeddedPostgresServer.obtain(properties).jdbcUrl();
        try (var connection = DriverManager.getConnection(url, "postgres", "")) {
            for (String setting : new String[] {"fsync", "synchronous_commit"}) {
                var shown = connection.createStatement().executeQuery("SHOW " + setting);
                shown.next();
                assertThat(shown.getString(1))
                        .as("the platform's own database flushes %s", setting)
                        .isEqualTo("on");
            }
            connection.createStatement().execute("CREATE TABLE acknowledged (id int)");
            connection.createStatement().execute("INSERT INTO acknowledged VALUES (42)");
        }
        EmbeddedPostgresServer.stop(properties.dataDirectory());

        String restarted = EmbeddedPostgresServer.obtain(properties).jdbcUrl();
        try (var connection = DriverManager.getConnection(restarted, "postgres", "");
                var result = connection.createStatement().executeQuery("SELECT id FROM acknowledged")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isEqualTo(42);
        } finally {
            EmbeddedPostgresServer.stop(properties.dataDirectory());
        }
    }

    @Test
    void sharesOneServerPerDataDirectoryWithinTheJvm() {
        var properties = new EmbeddedPostgresProperties(directory.resolve("shared"), 0, true, false);
        try {
            assertThat(EmbeddedPostgresServer.obtain(properties)).isSameAs(EmbeddedPostgresServer.obtain(properties));
        } finally {
            EmbeddedPostgresServer.stop(properties.dataDirectory());
        }
    }
}
