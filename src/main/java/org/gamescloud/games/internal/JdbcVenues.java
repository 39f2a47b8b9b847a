package org.gamescloud.games.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.gamescloud.games.Venue;
import org.gamescloud.games.Venues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcVenues implements Venues {

    private static final String SELECT = """
            SELECT code, name_en, name_zh, city, latitude, longitude, location_estimated, capacity,
                   capacity_estimated, disciplines
            FROM venue""";

    private final JdbcClient jdbc;

    JdbcVenues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Venue> findVenue(String code) {
        return jdbc.sql(SELECT + " WHERE code = :code")
                .param("code", code)
                .query((rs, row) -> map(rs))
                .optional();
    }

    @Override
    public List<Venue> listVenues() {
        return jdbc.sql(SELECT + " ORDER BY city, code")
                .query((rs, row) -> map(rs))
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM venue").query(Long.class).single();
    }

    void create(Venue venue) {
        jdbc.sql("""
                INSERT INTO venue (code, name_en, name_zh, city, latitude, longitude, location_estimated, capacity,
                                   capacity_estimated, disciplines)
                VALUES (:code, :name, :nameZh, :city, :latitude, :longitude, :locationEstimated, :capacity,
                        :capacityEstimated, :disciplines)
                ON CONFLICT (code) DO NOTHING
                """)
                .paramSource(venue)
                .param("disciplines", venue.disciplines().toArray(String[]::new))
                .update();
    }

    private static Venue map(ResultSet rs) throws SQLException {
        return new Venue(
                rs.getString("code"),
                rs.getString("name_en"),
                rs.getString("name_zh"),
                rs.getString("city"),
                Rows.nullableDouble(rs, "latitude"),
                Rows.nullableDouble(rs, "longitude"),
                rs.getBoolean("location_estimated"),
                Rows.nullableInt(rs, "capacity"),
                rs.getBoolean("capacity_estimated"),
                Rows.strings(rs, "disciplines"));
    }
}
