package org.gamescloud.results.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.results.Medal;
import org.gamescloud.results.MedalsAwarded;
import org.gamescloud.results.ResultOfficialised;
import org.gamescloud.results.ResultStatus;
import org.gamescloud.results.UnitResultsChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What results tell the other modules: every revision, every official result, every change of medals. */
@GamesIntegrationTest
@RecordApplicationEvents
class ResultsEventsTests {

    private static final String BOXING = "RBXM-57KG-------------";
    private static final String SEMI_FINAL = BOXING + "SFNL000200--";

    @Autowired
    ResultsIngest ingest;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEvents events;

    @Test
    void publishesTheOfficialResultAndTheBronzeOfTheBeatenSemiFinalist() {
        var admin = users.loadUserByUsername("admin");
        var writer = UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities());
        ingest.apply(SEMI_FINAL, message(1, ResultStatus.START_LIST, null, null), writer);
        ingest.apply(SEMI_FINAL, message(2, ResultStatus.OFFICIAL, "5", "0"), writer);

        assertThat(events.stream(UnitResultsChanged.class)).hasSize(2);
        assertThat(events.stream(ResultOfficialised.class)).singleElement().satisfies(official -> {
            assertThat(official.results().unitCode()).isEqualTo(SEMI_FINAL);
            assertThat(official.correction()).isFalse();
        });
        assertThat(events.stream(MedalsAwarded.class)).singleElement().satisfies(awarded -> {
            assertThat(awarded.awarded()).singleElement().satisfies(award -> {
                assertThat(award.competitor()).isEqualTo("8400004");
                assertThat(award.medal()).isEqualTo(Medal.BRONZE);
            });
            assertThat(awarded.withdrawn()).isEmpty();
        });
    }

    private static ResultsMessage message(long sequence, ResultStatus status, String first, String second) {
        return new ResultsMessage(
                UUID.randomUUID().toString(),
                sequence,
                status,
                null,
                List.of(
                        new ResultsMessage.Line("8400003", first, null, null, null, null, null),
                        new ResultsMessage.Line("8400004", second, null, null, null, null, null)));
    }
}
