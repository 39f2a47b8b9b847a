package org.gamescloud.ticketing.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.gamescloud.GamesIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The storm through HTTP: {@code POST /api/ticketing/orders} with a bearer token per spectator account (the way a
 * machine client calls the API; Basic authentication would add a bcrypt per request). The accounts and their tokens
 * are provisioned in SQL beforehand (thousands of them: each buys at most three pairs, the account limit), exactly as
 * {@code POST /api/auth/tokens} would store them. Same database settings as {@link TicketingEmbeddedBenchmark}, so
 * both share one application: run them together.
 */
@Tag("benchmark")
@GamesIntegrationTest
@TestPropertySource(properties = "games.embedded-postgres.durable=true")
class TicketingHttpBenchmark extends TicketingStorm {

    private static final int ACCOUNTS_PER_CLIENT = 400;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private List<String> tokens;

    @Test
    void sellsOutTheStadiumThroughTheApi() throws Exception {
        tokens = provisionAccounts(CLIENTS * ACCOUNTS_PER_CLIENT);
        runStorm("embedded PostgreSQL 17.6 (durable), HTTP + bearer token", PER_ORDER);
    }

    @Override
    Buyer buyer() {
        return (client, attempt, request) -> {
            String token = tokens.get(client * ACCOUNTS_PER_CLIENT + (attempt / 3) % ACCOUNTS_PER_CLIENT);
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ticketing/orders"))
                                .header("Authorization", "Bearer " + token)
                                .header("Idempotency-Key", "k" + attempt)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    return request.quantity();
                }
                return response.statusCode() == 409 && response.body().contains("Sold out") ? SOLD_OUT : REFUSED;
            } catch (java.io.IOException e) {
                return REFUSED;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return REFUSED;
            }
        };
    }

    /** Spectator accounts with one API token each, stored as the identity module stores them (SHA-256 of the token). */
    private List<String> provisionAccounts(int count) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        List<String> usernames = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<String> issued = new ArrayList<>();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < count; i++) {
            String token = "gc_bench_" + run + "_" + i;
            usernames.add("b" + run + "-" + i);
            hashes.add(HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8))));
            issued.add(token);
        }
        jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, roles)"
                        + " SELECT u, '{noop}-', u, '{SPECTATOR}' FROM unnest(:users::text[]) AS u")
                .param("users", usernames.toArray(String[]::new))
                .update();
        jdbc.sql(
                        "INSERT INTO api_token (token_hash, username, expires_at)"
                                + " SELECT h, u, now() + interval '1 day' FROM unnest(:hashes::text[], :users::text[]) AS x (h, u)")
                .param("hashes", hashes.toArray(String[]::new))
                .param("users", usernames.toArray(String[]::new))
                .update();
        return issued;
    }
}
