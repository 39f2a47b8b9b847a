package org.gamescloud.ticketing.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gamescloud.platform.GamesClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-ticket signing keys. The newest unretired key signs; a rotation retires it and creates a new one. A retired key
 * stays published (and keeps verifying) while any valid ticket it signed exists, so rotation never invalidates a
 * ticket already sold.
 */
@Component
class SigningKeys {

    private static final long MISS_REFRESH_NANOS = 250_000_000L;

    private final JdbcClient jdbc;
    private final GamesClock clock;
    private volatile SigningKey current;
    private volatile Map<String, SigningKey> verifying = Map.of();
    private final AtomicLong lastMissRefresh = new AtomicLong(System.nanoTime() - MISS_REFRESH_NANOS);

    SigningKeys(JdbcClient jdbc, GamesClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    SigningKey current() {
        SigningKey key = current;
        if (key == null) {
            refresh();
            key = current;
        }
        return key;
    }

    /** Every key that may verify a valid ticket: the current one and retired ones still covering valid tickets. */
    List<SigningKey> published() {
        current();
        return List.copyOf(verifying.values());
    }

    Optional<SigningKey> findVerifying(String kid) {
        current();
        SigningKey key = verifying.get(kid);
        if (key == null && refreshOnMissAllowed()) {
            refresh();
            key = verifying.get(kid);
        }
        return Optional.ofNullable(key);
    }

    /**
     * An unknown key id (a key rotated by another node, or a forged ticket) reloads the keys at most every
     * {@link #MISS_REFRESH_NANOS}: the reload looks for valid tickets of retired keys without an index (V15), so a
     * stream of forged tickets must not turn into a stream of table scans.
     */
    private boolean refreshOnMissAllowed() {
        long now = System.nanoTime();
        long last = lastMissRefresh.get();
        return now - last >= MISS_REFRESH_NANOS && lastMissRefresh.compareAndSet(last, now);
    }

    @Transactional
    SigningKey rotate() {
        jdbc.sql("UPDATE ticket_signing_key SET retired_at = :now WHERE retired_at IS NULL")
                .param("now", clock.now())
                .update();
        insert(SigningKey.generate());
        refresh();
        return current;
    }

    synchronized void refresh() {
        if (jdbc.sql("SELECT count(*) FROM ticket_signing_key WHERE retired_at IS NULL")
                        .query(Integer.class)
                        .single()
                == 0) {
            insert(SigningKey.generate());
        }
        List<KeyRow> rows = jdbc.sql("""
                SELECT k.kid, k.private_key, k.retired_at IS NULL AS active FROM ticket_signing_key k
                WHERE k.retired_at IS NULL OR EXISTS (SELECT 1 FROM ticket t WHERE t.kid = k.kid AND t.state = 'VALID')
                ORDER BY k.created_at DESC, k.kid
                """)
                .query((rs, n) ->
                        new KeyRow(SigningKey.fromPrivate(rs.getBytes("private_key")), rs.getBoolean("active")))
                .list();
        verifying = rows.stream()
                .map(KeyRow::key)
                .collect(Collectors.toUnmodifiableMap(SigningKey::kid, Function.identity()));
        current = rows.stream().filter(KeyRow::active).findFirst().orElseThrow().key();
    }

    private void insert(SigningKey key) {
        jdbc.sql("INSERT INTO ticket_signing_key (kid, private_key, public_key, created_at)"
                        + " VALUES (:kid, :private, :public, :now) ON CONFLICT DO NOTHING")
                .param("kid", key.kid())
                .param("private", key.privateKey())
                .param("public", key.publicKey())
                .param("now", clock.now())
                .update();
    }

    private record KeyRow(SigningKey key, boolean active) {}
}
