package org.gamescloud.media.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.gamescloud.live.LiveUpdatePublished;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The copy of every live update that media partners get (table {@code media_update}), and the resend query. */
@Repository
class MediaUpdates {

    /** What a partner asks to fetch again; {@code null} fields place no condition. */
    record ResendQuery(String unitCode, LocalDate gamesDay, Long afterId) {}

    record Page(List<StoredUpdate> updates, long total) {}

    private final JdbcClient jdbc;

    MediaUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the update unless it is already stored; {@code true} when it was new. */
    boolean storeIfNew(LiveUpdatePublished update) {
        return jdbc.sql("""
                                INSERT INTO media_update (id, name, event_code, unit_code, nocs, data, published_at, games_day)
                                VALUES (:id, :name, :eventCode, :unitCode, CAST(:nocs AS text[]), :data, :publishedAt, :day)
                                ON CONFLICT (id) DO NOTHING
                                """)
                        .param("id", update.id())
                        .param("name", update.name())
                        .param("eventCode", update.eventCode())
                        .param("unitCode", update.unitCode())
                        .param("nocs", Partners.array(update.nocs() == null ? Set.of() : Set.copyOf(update.nocs())))
                        .param("data", update.data())
                        .param("publishedAt", Timestamp.from(update.publishedAt()))
                        .param("day", LocalDate.ofInstant(update.publishedAt(), GamesClock.GAMES_ZONE))
                        .update()
                == 1;
    }

    /** Queues the update for each of the partners (outbox rows). */
    void enqueue(long updateId, Collection<PartnerId> partners) {
        if (partners.isEmpty()) {
            return;
        }
        Long[] ids = partners.stream().map(PartnerId::value).toArray(Long[]::new);
        jdbc.sql("""
                        INSERT INTO media_delivery (partner_id, update_id)
                        SELECT partner, :updateId FROM unnest(CAST(:partners AS bigint[])) AS partner
                        ON CONFLICT DO NOTHING
                        """).param("updateId", updateId).param("partners", ids).update();
    }

    /** The stored updates the partner's filters admit and the query asks for, in id order. */
    Page resend(Partner partner, ResendQuery query, Paging paging) {
        StringBuilder where = new StringBuilder("""
                 WHERE (cardinality(CAST(:events AS text[])) = 0 OR u.event_code = ANY(CAST(:events AS text[])))
                   AND (cardinality(CAST(:units AS text[])) = 0 OR u.unit_code = ANY(CAST(:units AS text[])))
                   AND (cardinality(CAST(:nocs AS text[])) = 0 OR u.nocs && CAST(:nocs AS text[]))
                """);
        List<Object[]> conditions = new ArrayList<>();
        if (query.unitCode() != null) {
            where.append(" AND u.unit_code = :unit");
            conditions.add(new Object[] {"unit", query.unitCode()});
        }
        if (query.gamesDay() != null) {
            where.append(" AND u.games_day = :day");
            conditions.add(new Object[] {"day", query.gamesDay()});
        }
        if (query.afterId() != null) {
            where.append(" AND u.id > :after");
            conditions.add(new Object[] {"after", query.afterId()});
        }
        var select = jdbc.sql("SELECT u.* FROM media_update u" + where + " ORDER BY u.id LIMIT :limit OFFSET :offset")
                .param("limit", paging.size())
                .param("offset", paging.offset());
        var count = jdbc.sql("SELECT count(*) FROM media_update u" + where);
        for (var statement : List.of(select, count)) {
            statement
                    .param("events", Partners.array(partner.filter().events()))
                    .param("units", Partners.array(partner.filter().units()))
                    .param("nocs", Partners.array(partner.filter().nocs()));
            conditions.forEach(condition -> statement.param((String) condition[0], condition[1]));
        }
        List<StoredUpdate> updates = select.query((rs, row) -> stored(rs)).list();
        long total = count.query(Long.class).single();
        return new Page(updates, total);
    }

    static StoredUpdate stored(ResultSet rs) throws SQLException {
        return new StoredUpdate(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("event_code"),
                rs.getString("unit_code"),
                rs.getString("data"),
                rs.getTimestamp("published_at").toInstant());
    }
}
