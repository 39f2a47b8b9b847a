package org.gamescloud.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.gamescloud.GamesCloudApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole application instance started by a test on a database of its own ({@code target/live-*}), so that it can
 * be stopped and started again or run beside a second node. The database server stays up until the JVM ends.
 */
final class LiveNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ConfigurableApplicationContext context;

    private LiveNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static Path newDatabaseDirectory(String name) {
        return Path.of("target", "live-" + name + "-" + UUID.randomUUID()).toAbsolutePath();
    }

    static LiveNode start(Path database, String... arguments) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--games.embedded-postgres.data-directory=" + database,
                "--games.embedded-postgres.clean=false"));
        args.addAll(List.of(arguments));
        // Arguments, not default properties: they must win over the test profile's shared database.
        return new LiveNode(new SpringApplicationBuilder(GamesCloudApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new)));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Posts a results message as the administrator; returns the status code. */
    int post(String unit, long sequence, String status) throws Exception {
        String body = """
                {"messageId":"%s","sequence":%d,"status":"%s","results":[
                  {"competitor":"8500001","mark":"48.%02d"},{"competitor":"8500002","mark":"49.00"}]}
                """.formatted(UUID.randomUUID(), sequence, status, sequence);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port() + "/api/results/units/" + unit))
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Override
    public void close() {
        context.close();
    }
}
