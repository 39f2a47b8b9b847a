package org.gamescloud.travel.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The imported feeds as zips in PostgreSQL. */
@Repository
class StoredFeeds {

    record StoredFeed(String id, byte[] content) {}

    private final JdbcClient jdbc;

    StoredFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void replace(FeedSummary summary, byte[] content, OffsetDateTime now) {
        jdbc.sql("DELETE FROM travel_feed WHERE id = :id")
                .param("id", summary.id())
                .update();
        jdbc.sql("INSERT INTO travel_feed (id, content, stops, routes, trips, imported_at)"
                        + " VALUES (:id, :content, :stops, :routes, :trips, :now)")
                .param("id", summary.id())
                .param("content", content)
                .param("stops", summary.stops())
                .param("routes", summary.routes())
                .param("trips", summary.trips())
                .param("now", now)
                .update();
    }

    boolean contains(String id) {
        return jdbc.sql("SELECT count(*) FROM travel_feed WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<StoredFeed> listFeeds() {
        return jdbc.sql("SELECT id, content FROM travel_feed ORDER BY id")
                .query((rs, n) -> new StoredFeed(rs.getString("id"), rs.getBytes("content")))
                .list();
    }
}
