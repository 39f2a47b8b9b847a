package org.gamescloud;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The application starts on its database, migrates it, loads the dataset and answers. CI runs this class a second
 * time with {@code SPRING_DATASOURCE_*} pointing at the machine's own PostgreSQL server to prove the
 * external-database path ({@code GAMES_EXPECT_EXTERNAL_DATABASE=true}).
 */
@GamesIntegrationTest
class ApplicationSmokeTests {

    @Autowired
    RestTestClient client;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnTheConfiguredDatabase() throws Exception {
        String url;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        String external = System.getenv("SPRING_DATASOURCE_URL");
        if ("true".equals(System.getenv("GAMES_EXPECT_EXTERNAL_DATABASE"))) {
            assertThat(external).as("SPRING_DATASOURCE_URL").isNotBlank();
            assertThat(url).startsWith(external);
        } else if (external == null) {
            assertThat(url).as("the embedded PostgreSQL's database").contains("/gamescloud");
        }
        assertThat(jdbc.sql("SELECT current_setting('server_version_num')::int")
                        .query(Integer.class)
                        .single())
                .as("PostgreSQL 15 or later")
                .isGreaterThanOrEqualTo(150000);
    }

    @Test
    void isHealthyWithItsSchemaAndDataset() {
        client.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
        client.get()
                .uri("/api/nocs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .value(length -> assertThat((Integer) length).isPositive());
    }

    @Test
    void publishesOpenApiAndPrometheusMetrics() {
        client.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/schedule']")
                .exists();
        client.get().uri("/api/clock").exchange().expectStatus().isOk();
        String metrics = client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
        assertThat(metrics)
                .as("requests and authorisations are timed; the security filters are not observed one by one")
                .contains("http_server_requests_seconds_count")
                .contains("spring_security_authorizations")
                .doesNotContain("spring_security_filterchains");
    }

    @Test
    void tellsTheGamesClock() {
        client.get()
                .uri("/api/clock")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.now")
                .value(now -> assertThat(now.toString()).endsWith("+08:00"));
    }
}
