package org.gamescloud.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The games-cloud API as a venue system sees it, over plain HTTP and JSON. It signs in once for a bearer token and
 * sends it with every request.
 */
final class GamesApi {

    /** A failure to read what the simulator needs to start (an unknown day, a server that does not answer). */
    static final class Unavailable extends RuntimeException {

        Unavailable(String message) {
            super(message);
        }
    }

    /**
     * The answer to a results message or batch.
     *
     * @param status the HTTP status, or 0 when the request failed without an answer
     * @param body the answer's JSON, or null
     * @param failure why there was no answer, or null
     */
    record Reply(int status, JsonNode body, long nanos, String failure) {

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /** The problem's {@code detail}, or a description of the failure. */
        String detail() {
            if (body != null && body.path("detail").isString()) {
                return body.path("detail").asString();
            }
            return status == 0 ? "no answer (" + failure + ")" : "HTTP " + status;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int PAGE = 1000;

    private final HttpClient http;
    private final URI base;
    private final JsonMapper json;
    private String authorization;

    GamesApi(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Exchanges the user's password for a bearer token, once: no later request pays for a password hash. */
    void signIn(String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = request("/api/auth/tokens")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        Reply reply = send(request);
        if (reply.status() != 201) {
            throw new Unavailable("Could not sign in as " + user + " at " + base + ": " + reply.detail());
        }
        authorization = "Bearer " + reply.body().path("token").asString();
    }

    OffsetDateTime clock() {
        return OffsetDateTime.parse(get("/api/clock").path("now").asString());
    }

    /** The units of a Games-local day, at one venue or all, from every session of the day. */
    List<Unit> schedule(LocalDate date, String venue) {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            String query = "/api/schedule?date=" + date + "&size=" + PAGE + "&page=" + page
                    + (venue == null ? "" : "&venue=" + URLEncoder.encode(venue, StandardCharsets.UTF_8));
            JsonNode sessions = get(query);
            for (JsonNode session : sessions) {
                for (JsonNode unit : session.path("units")) {
                    units.putIfAbsent(unit.path("code").asString(), unit(unit));
                }
            }
            if (sessions.size() < PAGE) {
                return new ArrayList<>(units.values());
            }
        }
    }

    Map<String, Event> events() {
        Map<String, Event> events = new LinkedHashMap<>();
        for (JsonNode event : get("/api/events")) {
            events.put(
                    event.path("code").asString(),
                    new Event(
                            event.path("code").asString(),
                            event.path("name").asString(),
                            event.path("discipline").asString(),
                            event.path("gender").asString(),
                            Family.valueOf(event.path("scoring").asString()),
                            event.path("team").asBoolean()));
        }
        return events;
    }

    List<Unit> unitsOf(String event) {
        List<Unit> units = new ArrayList<>();
        get("/api/events/" + event).path("units").forEach(unit -> units.add(unit(unit)));
        return units;
    }

    List<Entrant> entrantsOf(String event) {
        List<Entrant> entrants = new ArrayList<>();
        get("/api/events/" + event + "/entries")
                .forEach(entrant -> entrants.add(new Entrant(
                        entrant.path("code").asString(), entrant.path("noc").asString())));
        return entrants;
    }

    /** The unit's latest results: {@code status} (SCHEDULED before any), {@code revision}, ranked {@code results}. */
    JsonNode resultsOf(String unit) {
        return get("/api/results/units/" + unit);
    }

    /** The medal table, best first. */
    JsonNode medals() {
        return get("/api/medals");
    }

    Reply post(Message message) {
        return send(request("/api/results/units/" + message.unitCode())
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message.body())))
                .build());
    }

    /** One NDJSON request; its answer lists each line's outcome ({@code status}, {@code body}) in order. */
    Reply postBatch(List<Message> batch) {
        String body = batch.stream()
                .map(message -> json.writeValueAsString(message.batchLine()))
                .collect(Collectors.joining("\n", "", "\n"));
        return send(request("/api/results/messages")
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private JsonNode get(String path) {
        HttpRequest.Builder request = request(path).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        Reply reply = send(request.build());
        if (!reply.isSuccess()) {
            throw new Unavailable("GET " + base.resolve(path) + " failed: " + reply.detail());
        }
        return reply.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Accept", "application/json");
    }

    private Reply send(HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - started;
            return new Reply(response.statusCode(), parse(response.body()), nanos, null);
        } catch (IOException e) {
            return new Reply(0, null, System.nanoTime() - started, String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, null, System.nanoTime() - started, "interrupted");
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Unit unit(JsonNode unit) {
        return new Unit(
                unit.path("code").asString(),
                unit.path("event").asString(),
                unit.path("phase").asString(),
                unit.path("venue").asString(),
                OffsetDateTime.parse(unit.path("start").asString()),
                text(unit, "end") == null ? null : OffsetDateTime.parse(text(unit, "end")),
                text(unit, "name"),
                text(unit, "medal"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }
}
