package org.gamescloud.media.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registered media partners and their delivery status (table {@code media_partner}). */
@Repository
class Partners {

    record Registered(Partner partner, String apiKey) {}

    record PartnerWithStatus(Partner partner, DeliveryStatus status) {}

    private static final String WITH_STATUS = """
            SELECT p.*, q.queued, q.oldest_id,
                   extract(epoch FROM clock_timestamp() - q.oldest_enqueued_at) AS lag_s,
                   CASE WHEN p.lease_until > clock_timestamp() THEN p.lease_owner END AS delivering_node
            FROM media_partner p
            CROSS JOIN LATERAL (
                SELECT count(*) AS queued, min(d.update_id) AS oldest_id, min(d.enqueued_at) AS oldest_enqueued_at
                FROM media_delivery d WHERE d.partner_id = p.id) q
            """;

    private final JdbcClient jdbc;

    Partners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Registered register(String name, String endpoint, PartnerFilter filter, Instant now) {
        String apiKey = PartnerKeys.generate();
        long id = jdbc.sql("""
                        INSERT INTO media_partner (name, endpoint, events, units, nocs, key_hash, created_at)
                        VALUES (:name, :endpoint, CAST(:events AS text[]), CAST(:units AS text[]),
                                CAST(:nocs AS text[]), :keyHash, :now)
                        RETURNING id
                        """)
                .param("name", name)
                .param("endpoint", endpoint)
                .param("events", array(filter.events()))
                .param("units", array(filter.units()))
                .param("nocs", array(filter.nocs()))
                .param("keyHash", PartnerKeys.hash(apiKey))
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        return new Registered(new Partner(new PartnerId(id), name, endpoint, filter, true, now), apiKey);
    }

    /** Changes the partner; a partner waiting out a back-off is tried again at once (its endpoint may be fixed). */
    boolean update(PartnerId id, String name, String endpoint, PartnerFilter filter) {
        return jdbc.sql("""
                                UPDATE media_partner SET name = :name, endpoint = :endpoint,
                                       events = CAST(:events AS text[]), units = CAST(:units AS text[]),
                                       nocs = CAST(:nocs AS text[]), next_attempt_at = clock_timestamp()
                                WHERE id = :id
                                """)
                        .param("id", id.value())
                        .param("name", name)
                        .param("endpoint", endpoint)
                        .param("events", array(filter.events()))
                        .param("units", array(filter.units()))
                        .param("nocs", array(filter.nocs()))
                        .update()
                == 1;
    }

    boolean enable(PartnerId id, boolean enabled) {
        return jdbc.sql(
                                "UPDATE media_partner SET enabled = :enabled, next_attempt_at = clock_timestamp() WHERE id = :id")
                        .param("id", id.value())
                        .param("enabled", enabled)
                        .update()
                == 1;
    }

    /** A new key for the partner (the old one stops working at once); empty when there is no such partner. */
    Optional<String> rotateKey(PartnerId id) {
        String apiKey = PartnerKeys.generate();
        int updated = jdbc.sql("UPDATE media_partner SET key_hash = :keyHash WHERE id = :id")
                .param("id", id.value())
                .param("keyHash", PartnerKeys.hash(apiKey))
                .update();
        return updated == 1 ? Optional.of(apiKey) : Optional.empty();
    }

    Optional<PartnerWithStatus> findWithStatus(PartnerId id) {
        return jdbc.sql(WITH_STATUS + " WHERE p.id = :id")
                .param("id", id.value())
                .query(Partners::withStatus)
                .optional();
    }

    List<PartnerWithStatus> listWithStatus() {
        return jdbc.sql(WITH_STATUS + " ORDER BY p.id")
                .query(Partners::withStatus)
                .list();
    }

    Optional<Partner> findByApiKey(String apiKey) {
        return jdbc.sql("SELECT * FROM media_partner WHERE key_hash = :keyHash")
                .param("keyHash", PartnerKeys.hash(apiKey))
                .query((rs, row) -> partner(rs))
                .optional();
    }

    /** The partners that get new updates queued. */
    List<Partner> listEnabled() {
        return jdbc.sql("SELECT * FROM media_partner WHERE enabled ORDER BY id")
                .query((rs, row) -> partner(rs))
                .list();
    }

    private static PartnerWithStatus withStatus(ResultSet rs, int row) throws SQLException {
        BigDecimal lag = rs.getBigDecimal("lag_s");
        DeliveryStatus status = new DeliveryStatus(
                rs.getLong("queued"),
                (Long) rs.getObject("oldest_id", Long.class),
                lag == null ? BigDecimal.ZERO : lag.setScale(3, RoundingMode.HALF_UP),
                (Long) rs.getObject("last_delivered_id", Long.class),
                instant(rs, "last_delivered_at"),
                rs.getInt("failed_attempts"),
                rs.getString("last_error"),
                instant(rs, "last_error_at"),
                instant(rs, "next_attempt_at"),
                rs.getString("delivering_node"));
        return new PartnerWithStatus(partner(rs), status);
    }

    static Partner partner(ResultSet rs) throws SQLException {
        PartnerFilter filter = new PartnerFilter(set(rs, "events"), set(rs, "units"), set(rs, "nocs"));
        return new Partner(
                new PartnerId(rs.getLong("id")),
                rs.getString("name"),
                rs.getString("endpoint"),
                filter,
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant());
    }

    static String[] array(Set<String> codes) {
        return codes.stream().sorted().toArray(String[]::new);
    }

    private static Set<String> set(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? Set.of() : Set.of((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
