package org.gamescloud.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bearer tokens for machine clients, so that no request pays for a password hash. Only a SHA-256 of each token is
 * stored; a short cache keeps the hot path off the database (a revocation on another node takes effect within
 * the cache's lifetime).
 */
@Repository
class Tokens {

    record IssuedToken(String token, Instant expiresAt) {}

    record TokenOwner(String username, Instant expiresAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Duration timeToLive;
    private final Cache<String, Optional<TokenOwner>> cache = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30))
            .maximumSize(100_000)
            .build();

    Tokens(JdbcClient jdbc, @Value("${games.tokens.time-to-live:24h}") Duration timeToLive) {
        this.jdbc = jdbc;
        this.timeToLive = timeToLive;
    }

    IssuedToken issue(String username) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "gc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = Instant.now().plus(timeToLive);
        jdbc.sql("INSERT INTO api_token (token_hash, username, expires_at) VALUES (:hash, :username, :expiresAt)")
                .param("hash", hash(token))
                .param("username", username)
                .param("expiresAt", java.sql.Timestamp.from(expiresAt))
                .update();
        return new IssuedToken(token, expiresAt);
    }

    /** The owner of a valid (known, unrevoked, unexpired) token. */
    Optional<TokenOwner> findOwner(String token) {
        Optional<TokenOwner> owner = cache.get(hash(token), this::load);
        return owner.filter(found -> found.expiresAt().isAfter(Instant.now()));
    }

    void revoke(String token) {
        String hash = hash(token);
        jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE token_hash = :hash")
                .param("hash", hash)
                .update();
        cache.invalidate(hash);
    }

    void revokeAllOf(String username) {
        jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE username = :username AND revoked_at IS NULL")
                .param("username", username)
                .update();
        cache.invalidateAll();
    }

    private Optional<TokenOwner> load(String hash) {
        return jdbc.sql("SELECT username, expires_at FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", hash)
                .query((rs, row) -> new TokenOwner(
                        rs.getString("username"), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
