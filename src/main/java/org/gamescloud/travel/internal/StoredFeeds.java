package org.gamescloud.travel.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The imported feeds as zips in PostgreSQL. */
@Repository
class StoredFeeds {

    /** A stored feed; {@code version} changes with every import of it (the row's transaction id). */
    record StoredFeed(String id, String version, byte[] content) {}

    private final JdbcClient jdbc;

    StoredFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the feed in place of any feed of that id; returns its new version. */
    @Transactional
    String replace(FeedSummary summary, byte[] content, OffsetDateTime now) {
        jdbc.sql("DELETE FROM travel_feed WHERE id = :id")
                .param("id", summary.id())
                .update();
        return jdbc.sql("INSERT INTO travel_feed (id, content, stops, routes, trips, imported_at)"
                        + " VALUES (:id, :content, :stops, :routes, :trips, :now) RETURNING xmin::text")
                .param("id", summary.id())
                .param("content", content)
                .param("stops", summary.stops())
                .param("routes", summary.routes())
                .param("trips", summary.trips())
                .param("now", now)
                .query(String.class)
                .single();
    }

    boolean contains(String id) {
        return jdbc.sql("SELECT count(*) FROM travel_feed WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<StoredFeed> listFeeds() {
        return jdbc.sql("SELECT id, xmin::text AS version, content FROM travel_feed ORDER BY id")
                .query((rs, n) -> new StoredFeed(rs.getString("id"), rs.getString("version"), rs.getBytes("content")))
                .list();
    }

    /** The version of every stored feed, without their contents. */
    Map<String, String> versions() {
        Map<String, String> versions = new TreeMap<>();
        jdbc.sql("SELECT id, xmin::text AS version FROM travel_feed").query(rs -> {
            versions.put(rs.getString("id"), rs.getString("version"));
        });
        return versions;
    }

    Optional<StoredFeed> find(String id) {
        return jdbc.sql("SELECT id, xmin::text AS version, content FROM travel_feed WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredFeed(rs.getString("id"), rs.getString("version"), rs.getBytes("content")))
                .optional();
    }
}
