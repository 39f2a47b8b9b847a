package org.gamescloud.ticketing.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gamescloud.ticketing.TicketClaims;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * E-tickets as JWS compact serialisations (RFC 7515) signed with Ed25519 ({@code "alg":"EdDSA"}, RFC 8037). The
 * payload carries what an offline gate needs: ticket, session, venue, holder, seat and the session's start and end.
 */
@Component
class ETicketCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final SigningKeys keys;
    /** The current key's id and encoded header. */
    private volatile String[] header;

    ETicketCodec(SigningKeys keys) {
        this.keys = keys;
    }

    record Signed(String qr, String kid) {}

    Signed sign(TicketClaims claims, OffsetDateTime sessionStart, OffsetDateTime sessionEnd) {
        SigningKey key = keys.current();
        StringBuilder payload = new StringBuilder(256);
        payload.append('{');
        field(payload, "tid", claims.ticketId()).append(',');
        field(payload, "ses", claims.sessionCode()).append(',');
        field(payload, "ven", claims.venueCode()).append(',');
        field(payload, "hn", claims.holderName()).append(',');
        field(payload, "seat", claims.seat()).append(',');
        field(payload, "start", sessionStart.toString()).append(',');
        field(payload, "end", sessionEnd.toString()).append(',');
        payload.append("\"exp\":").append(sessionEnd.toEpochSecond()).append('}');
        String signingInput =
                header(key) + "." + B64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        return new Signed(signingInput + "." + B64.encodeToString(key.sign(signingInput)), key.kid());
    }

    /** The protected header is the same for every ticket a key signs: encoded once per key. */
    private String header(SigningKey key) {
        String[] cached = header;
        if (cached != null && cached[0].equals(key.kid())) {
            return cached[1];
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("alg", "EdDSA");
        json.put("kid", key.kid());
        json.put("typ", "JWT");
        String encoded = B64.encodeToString(JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
        header = new String[] {key.kid(), encoded};
        return encoded;
    }

    /**
     * Appends {@code "name":"value"} as JSON (RFC 8259: quote, backslash and control characters escaped, the rest as
     * is); written by hand because a generic JSON writer cost more than the signature's hashing on the flash-sale path.
     */
    static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"');
    }

    Optional<TicketClaims> verify(String qr) {
        if (qr == null) {
            return Optional.empty();
        }
        String[] parts = qr.trim().split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode header = JSON.readTree(B64D.decode(parts[0]));
            if (!"EdDSA".equals(header.path("alg").asString(""))) {
                return Optional.empty();
            }
            Optional<SigningKey> key = keys.findVerifying(header.path("kid").asString(""));
            if (key.isEmpty()
                    || !SigningKey.verify(key.get().publicKey(), parts[0] + "." + parts[1], B64D.decode(parts[2]))) {
                return Optional.empty();
            }
            JsonNode payload = JSON.readTree(B64D.decode(parts[1]));
            return Optional.of(new TicketClaims(
                    payload.path("tid").asString(),
                    payload.path("ses").asString(),
                    payload.path("ven").asString(),
                    payload.path("hn").asString(),
                    payload.path("seat").asString()));
        } catch (IllegalArgumentException | JacksonException e) {
            return Optional.empty();
        }
    }
}
