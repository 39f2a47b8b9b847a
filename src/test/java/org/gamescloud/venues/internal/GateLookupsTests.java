package org.gamescloud.venues.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.gamescloud.venues.GateIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@GateIntegrationTest
class GateLookupsTests {

    @Autowired
    GateLookups lookups;

    @Autowired
    JdbcClient jdbc;

    final String code = "LK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    @AfterEach
    void removeTheSession() {
        jdbc.sql("DELETE FROM competition_session WHERE code = :code")
                .param("code", code)
                .update();
    }

    @Test
    void findsASessionAddedAMomentAfterItWasLookedUpInVain() {
        assertThat(lookups.findSession(code)).isEmpty();

        addSession();

        assertThat(lookups.findSession(code))
                .hasValueSatisfying(session -> assertThat(session.venue()).isEqualTo("MINI-STA"));
    }

    @Test
    void answersTheSessionFoundWithoutAskingAgainForAFewSeconds() {
        addSession();
        assertThat(lookups.findSession(code)).isPresent();

        removeTheSession();

        assertThat(lookups.findSession(code)).isPresent();
        assertThat(lookups.findVenue("MINI-STA")).isPresent();
        assertThat(lookups.findVenue("NO-SUCH-VENUE")).isEmpty();
    }

    private void addSession() {
        jdbc.sql("INSERT INTO competition_session (code, venue_code, start_time, end_time, name_en)"
                        + " VALUES (:code, 'MINI-STA', '2023-09-28T19:00:00+08:00', '2023-09-28T22:00:00+08:00',"
                        + " 'Lookup')")
                .param("code", code)
                .update();
    }
}
