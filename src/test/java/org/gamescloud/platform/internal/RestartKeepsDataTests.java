package org.gamescloud.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.gamescloud.GamesCloudApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An acknowledged write survives a restart of the whole platform, database server included: the application and its
 * embedded PostgreSQL stop, start again on the same data directory, and the result is there.
 */
class RestartKeepsDataTests {

    private static final String UNIT = "MATM100M--------------HEAT000100--";

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void keepsAnAcknowledgedResultAcrossARestart() throws Exception {
        Path directory = data.resolve("postgres");
        try (ConfigurableApplicationContext first = start(directory)) {
            HttpResponse<String> posted = send(
                    first,
                    HttpRequest.newBuilder(uri(first, "/api/results/units/" + UNIT))
                            .header("Content-Type", "application/json")
                            .header("Authorization", basic())
                            .POST(HttpRequest.BodyPublishers.ofString("""
                                    {"messageId":"restart-1","sequence":1,"status":"OFFICIAL","results":[
                                      {"competitor":"8000001","mark":"10.01"},{"competitor":"8000003","mark":"10.20"}]}
                                    """)));
            assertThat(posted.statusCode()).isEqualTo(200);
        }
        EmbeddedPostgresServer.stop(directory);

        try (ConfigurableApplicationContext second = start(directory)) {
            HttpResponse<String> read = send(
                    second,
                    HttpRequest.newBuilder(uri(second, "/api/results/units/" + UNIT))
                            .GET());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("\"status\":\"OFFICIAL\"", "\"mark\":\"10.01\"", "\"revision\":1");
        } finally {
            EmbeddedPostgresServer.stop(directory);
        }
    }

    private static ConfigurableApplicationContext start(Path directory) {
        // Arguments, not default properties: they must win over the test profile's shared database.
        return new SpringApplicationBuilder(GamesCloudApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--games.embedded-postgres.data-directory=" + directory,
                        "--games.embedded-postgres.clean=false");
    }

    private HttpResponse<String> send(ConfigurableApplicationContext context, HttpRequest.Builder request)
            throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(ConfigurableApplicationContext context, String path) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    }
}
