package org.gamescloud.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.gamescloud.GamesCloudApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

class ProductionProfileTests {

    @Test
    void refusesToStartInProductionWithTheDemoAdministratorPassword() {
        SpringApplication application = new SpringApplicationBuilder(GamesCloudApplication.class)
                .profiles("test", "production")
                .properties(Map.of("server.port", "0", "games.admin.password", "admin"))
                .build();
        assertThatThrownBy(application::run).hasStackTraceContaining("GAMES_ADMIN_PASSWORD");
    }

    @Test
    void refusesToStartInProductionWithoutAnAdministratorPassword() {
        SpringApplication application = new SpringApplicationBuilder(GamesCloudApplication.class)
                .profiles("test", "production")
                .properties(Map.of("server.port", "0", "games.admin.password", ""))
                .build();
        assertThatThrownBy(application::run).hasStackTraceContaining("GAMES_ADMIN_PASSWORD");
    }

    @SpringBootTest(
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"games.admin.username=chief", "games.admin.password=Correct-Horse-Battery-Staple"})
    @AutoConfigureRestTestClient
    @ActiveProfiles({"test", "production"})
    @org.junit.jupiter.api.Nested
    class InProduction {

        @Autowired
        RestTestClient client;

        @Test
        void keepsTheGamesClockOnRealTime() {
            client.put()
                    .uri("/api/admin/clock")
                    .headers(headers -> headers.setBasicAuth("chief", "Correct-Horse-Battery-Staple"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("now", "2023-09-30T18:30:00+08:00"))
                    .exchange()
                    .expectStatus()
                    .isForbidden()
                    .expectBody()
                    .jsonPath("$.detail")
                    .value(detail -> assertThat(detail.toString()).contains("cannot be set"));
        }
    }
}
