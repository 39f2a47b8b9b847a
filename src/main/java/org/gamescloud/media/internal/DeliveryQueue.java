package org.gamescloud.media.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The partners' delivery queues (table {@code media_delivery}) and the leases that let one node at a time deliver to
 * a partner. A lease is a row lock taken with {@code FOR UPDATE SKIP LOCKED} only for the instant of the claim, then
 * kept as {@code lease_owner} / {@code lease_until} on the partner row, so no transaction or connection stays open
 * during an HTTP call; every step of the delivery checks the lease, so a node that lost it stops.
 */
@Repository
class DeliveryQueue {

    /** A node's claim on one partner's queue. */
    record Lease(PartnerId partner, String token, String endpoint, String keyHash, int failedAttempts) {}

    private final JdbcClient jdbc;

    DeliveryQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Leases up to {@code limit} enabled partners that have queued updates and are due, longest waiting first. */
    List<Lease> claim(String token, int limit, Duration lease) {
        return jdbc.sql("""
                        UPDATE media_partner p SET lease_owner = :token,
                               lease_until = clock_timestamp() + :lease_ms * interval '1 millisecond'
                        WHERE p.id IN (
                            SELECT c.id FROM media_partner c
                            WHERE c.enabled AND c.next_attempt_at <= clock_timestamp()
                              AND (c.lease_until IS NULL OR c.lease_until < clock_timestamp())
                              AND EXISTS (SELECT 1 FROM media_delivery d WHERE d.partner_id = c.id)
                            ORDER BY c.next_attempt_at
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED)
                        RETURNING p.id, p.endpoint, p.key_hash, p.failed_attempts
                        """)
                .param("token", token)
                .param("lease_ms", lease.toMillis())
                .param("limit", limit)
                .query((rs, row) -> new Lease(
                        new PartnerId(rs.getLong("id")),
                        token,
                        rs.getString("endpoint"),
                        rs.getString("key_hash"),
                        rs.getInt("failed_attempts")))
                .list();
    }

    /** The head of the partner's queue, in id order. */
    List<StoredUpdate> head(PartnerId partner, int limit) {
        return jdbc.sql("""
                        SELECT u.* FROM media_delivery d JOIN media_update u ON u.id = d.update_id
                        WHERE d.partner_id = :partner
                        ORDER BY d.update_id
                        LIMIT :limit
                        """)
                .param("partner", partner.value())
                .param("limit", limit)
                .query((rs, row) -> MediaUpdates.stored(rs))
                .list();
    }

    /**
     * The partner acknowledged the update: it leaves the queue and the lease is renewed. {@code false} when the lease
     * was lost (expired and taken by another node, or the partner was disabled): the caller must stop.
     */
    boolean acknowledge(Lease lease, long updateId, Duration renewal) {
        return jdbc.sql("""
                                WITH delivered AS (
                                    DELETE FROM media_delivery WHERE partner_id = :partner AND update_id = :update)
                                UPDATE media_partner SET failed_attempts = 0,
                                       last_delivered_id = greatest(coalesce(last_delivered_id, :update), :update),
                                       last_delivered_at = clock_timestamp(),
                                       lease_until = clock_timestamp() + :lease_ms * interval '1 millisecond'
                                WHERE id = :partner AND lease_owner = :token AND enabled
                                """)
                        .param("partner", lease.partner().value())
                        .param("update", updateId)
                        .param("token", lease.token())
                        .param("lease_ms", renewal.toMillis())
                        .update()
                == 1;
    }

    /** An attempt failed: the partner waits {@code delay} before the next one, and the lease is given up. */
    void fail(Lease lease, String error, Duration delay) {
        jdbc.sql("""
                        UPDATE media_partner SET failed_attempts = failed_attempts + 1,
                               last_error = :error, last_error_at = clock_timestamp(),
                               next_attempt_at = clock_timestamp() + :delay_ms * interval '1 millisecond',
                               lease_owner = NULL, lease_until = NULL
                        WHERE id = :partner AND lease_owner = :token
                        """)
                .param("partner", lease.partner().value())
                .param("token", lease.token())
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("delay_ms", delay.toMillis())
                .update();
    }

    void release(Lease lease) {
        jdbc.sql(
                        "UPDATE media_partner SET lease_owner = NULL, lease_until = NULL WHERE id = :partner AND lease_owner = :token")
                .param("partner", lease.partner().value())
                .param("token", lease.token())
                .update();
    }

    /** Queued updates per partner, every partner included. */
    Map<PartnerId, Long> depths() {
        return jdbc
                .sql("""
                        SELECT p.id, (SELECT count(*) FROM media_delivery d WHERE d.partner_id = p.id) AS queued
                        FROM media_partner p
                        """)
                .query((rs, row) -> Map.entry(new PartnerId(rs.getLong("id")), rs.getLong("queued")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
