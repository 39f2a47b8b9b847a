package org.gamescloud.media.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes one update to a partner: {@code POST} of the JSON payload with the partner id, the update id and the
 * HMAC-SHA256 signature of the body in headers. Only a 2xx acknowledges; redirects are not followed.
 */
@Component
class PartnerEndpoint {

    static final String PARTNER_HEADER = "X-Games-Partner";
    static final String UPDATE_HEADER = "X-Games-Update-Id";
    static final String SIGNATURE_HEADER = "X-Games-Signature";

    /** What became of an attempt: acknowledged, or the reason it was not. */
    record Attempt(boolean acknowledged, String error) {

        static final Attempt ACKNOWLEDGED = new Attempt(true, null);

        static Attempt failed(String error) {
            return new Attempt(false, error);
        }
    }

    private final HttpClient http;
    private final JsonMapper json;
    private final DeliveryProperties properties;

    PartnerEndpoint(JsonMapper json, DeliveryProperties properties) {
        this.json = json;
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Attempt push(DeliveryQueue.Lease lease, StoredUpdate update) {
        byte[] body = json.writeValueAsBytes(PushPayload.of(update));
        HttpRequest request = HttpRequest.newBuilder(URI.create(lease.endpoint()))
                .timeout(properties.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "games-cloud-media-push")
                .header(PARTNER_HEADER, lease.partner().toString())
                .header(UPDATE_HEADER, Long.toString(update.id()))
                .header(SIGNATURE_HEADER, PartnerKeys.signature(lease.keyHash(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? Attempt.ACKNOWLEDGED : Attempt.failed("HTTP " + status);
        } catch (HttpTimeoutException e) {
            return Attempt.failed("Timed out: " + e.getMessage());
        } catch (IOException e) {
            return Attempt.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.failed("Interrupted while the node stopped");
        } catch (IllegalArgumentException e) {
            return Attempt.failed("Bad endpoint: " + e.getMessage());
        }
    }
}
