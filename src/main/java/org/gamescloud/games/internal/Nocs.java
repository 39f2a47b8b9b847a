package org.gamescloud.games.internal;

import java.util.List;
import java.util.Optional;
import org.gamescloud.games.Noc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Nocs {

    private static final String SELECT = "SELECT code, name_en AS name, name_zh, region FROM noc";

    private final JdbcClient jdbc;

    Nocs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Noc> listNocs() {
        return jdbc.sql(SELECT + " ORDER BY code").query(Noc.class).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM noc").query(Long.class).single();
    }

    Optional<Noc> findNoc(String code) {
        return jdbc.sql(SELECT + " WHERE code = :code")
                .param("code", code)
                .query(Noc.class)
                .optional();
    }
}
