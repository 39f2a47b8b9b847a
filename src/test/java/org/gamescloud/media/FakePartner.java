package org.gamescloud.media;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A media partner's receiving endpoint: a real HTTP server (the JDK's) on a random port that records every push and
 * answers with a status the test chooses. It can be stopped and started again on the same port, as a partner that
 * goes down and comes back.
 */
public final class FakePartner implements AutoCloseable {

    /** One push as the partner received it, and the status it answered. */
    public record Received(String body, String partnerHeader, String updateHeader, String signature, int answered) {

        long updateId() {
            return Long.parseLong(updateHeader);
        }

        boolean acknowledged() {
            return answered >= 200 && answered < 300;
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final int port;
    private HttpServer server;

    private FakePartner(int port) throws IOException {
        this.server = start(port);
        this.port = server.getAddress().getPort();
    }

    public static FakePartner start() throws IOException {
        return new FakePartner(0);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port + "/odf/push";
    }

    public void answer(int statusCode) {
        status.set(statusCode);
    }

    public void stop() {
        server.stop(0);
    }

    public void restart() throws IOException {
        server = start(port);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The ids of the pushes the partner acknowledged, in the order it received them. */
    public List<Long> acknowledgedIds() {
        return received.stream()
                .filter(Received::acknowledged)
                .map(Received::updateId)
                .toList();
    }

    /** Whether the body was signed with the key, as docs/media-push.md tells partners to check. */
    public static boolean signatureVerifies(Received push, String apiKey) throws Exception {
        byte[] signingKey = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
        byte[] expected = mac.doFinal(push.body().getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(
                ("sha256=" + HexFormat.of().formatHex(expected)).getBytes(StandardCharsets.US_ASCII),
                push.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private HttpServer start(int port) throws IOException {
        HttpServer created = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        created.createContext("/odf/push", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int answer = status.get();
            var headers = exchange.getRequestHeaders();
            received.add(new Received(
                    body,
                    headers.getFirst("X-Games-Partner"),
                    headers.getFirst("X-Games-Update-Id"),
                    headers.getFirst("X-Games-Signature"),
                    answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        created.start();
        return created;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
