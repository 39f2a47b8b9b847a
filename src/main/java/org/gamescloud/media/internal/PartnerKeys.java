package org.gamescloud.media.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A partner's API key and what is derived from it. Only the SHA-256 of the key is stored; it authenticates the
 * partner on the resend API and is also the HMAC-SHA256 key that signs every push, so a partner checks a signature
 * with {@code HMAC-SHA256(key = SHA-256(apiKey), message = body)} and the database never holds the key itself.
 */
final class PartnerKeys {

    static final String SIGNATURE_PREFIX = "sha256=";

    private static final SecureRandom RANDOM = new SecureRandom();

    private PartnerKeys() {}

    static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "gcm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The stored form of a key: SHA-256, hex. */
    static String hash(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The {@code X-Games-Signature} header value of a body pushed to the partner whose key hashes to this. */
    static String signature(String keyHash, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(keyHash), "HmacSHA256"));
            return SIGNATURE_PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
