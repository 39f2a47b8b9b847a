package org.gamescloud.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.gamescloud.GamesCloudApplication;
import org.gamescloud.live.LiveUpdatePublished;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Updates queued for a partner that is down survive a restart of the application: the next start delivers them, in
 * order, once the partner answers again.
 */
class RestartKeepsTheQueueTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A database of this test's own (the server keeps running until the test JVM exits, so not a @TempDir). */
    private final Path data =
            Path.of("target", "media-restart-test", UUID.randomUUID().toString());

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void deliversWhatWasQueuedBeforeARestartInOrder() throws Exception {
        String unit = MediaFixture.newUnit();
        List<Long> ids =
                LongStream.range(0, 3).map(i -> MediaFixture.newId()).boxed().toList();
        try (FakePartner partner = FakePartner.start()) {
            partner.answer(503);
            long partnerId;
            try (ConfigurableApplicationContext first = start()) {
                partnerId = register(first, partner.endpoint(), unit);
                for (long id : ids) {
                    publish(first, MediaFixture.result(id, unit, MediaFixture.MORNING));
                }
                await().atMost(PATIENCE).until(() -> {
                    JsonNode status = status(first, partnerId);
                    return status.get("queued").asLong() == 3
                            && status.get("failedAttempts").asInt() >= 1;
                });
            }
            assertThat(partner.acknowledgedIds()).isEmpty();

            partner.answer(200);
            try (ConfigurableApplicationContext second = start()) {
                await().atMost(PATIENCE).until(() -> partner.acknowledgedIds().size() >= 3);
                assertThat(partner.acknowledgedIds()).containsExactlyElementsOf(ids);
                await().atMost(PATIENCE)
                        .until(() -> status(second, partnerId).get("queued").asLong() == 0);
            }
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(GamesCloudApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--games.embedded-postgres.data-directory=" + data.toAbsolutePath(),
                        "--games.embedded-postgres.clean=false");
    }

    private static void publish(ConfigurableApplicationContext context, LiveUpdatePublished update) {
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> context.publishEvent(update));
    }

    private long register(ConfigurableApplicationContext context, String endpoint, String unit) throws Exception {
        String body = "{\"name\":\"Restart wire\",\"endpoint\":\"" + endpoint + "\",\"units\":[\"" + unit + "\"]}";
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(uri(context, "/api/admin/media/partners"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", basic())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private JsonNode status(ConfigurableApplicationContext context, long partnerId) throws Exception {
        HttpResponse<String> found = http.send(
                HttpRequest.newBuilder(uri(context, "/api/admin/media/partners/" + partnerId))
                        .header("Authorization", basic())
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(found.statusCode()).isEqualTo(200);
        return JSON.readTree(found.body()).get("status");
    }

    private static URI uri(ConfigurableApplicationContext context, String path) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    }
}
