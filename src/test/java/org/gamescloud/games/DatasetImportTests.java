package org.gamescloud.games;

import static org.assertj.core.api.Assertions.assertThat;

import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestDatasets;
import org.gamescloud.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class DatasetImportTests {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    @Autowired
    RestTestClient client;

    @Test
    void refusesAnInconsistentDatasetWholeAndImportsNothingOfIt() {
        client.post()
                .uri("/api/admin/datasets")
                .headers(TestUsers::asAdmin)
                .contentType(ZIP)
                .body(TestDatasets.zip("datasets/broken/"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString())
                        .startsWith("The dataset is inconsistent, nothing was imported")
                        .contains("ATLANTIS"));
        client.get().uri("/api/nocs/BRK").exchange().expectStatus().isNotFound();
        client.get().uri("/api/athletes/8900001").exchange().expectStatus().isNotFound();
    }

    @Test
    void refusesAnUploadThatIsNotAZipOfADataset() {
        client.post()
                .uri("/api/admin/datasets")
                .headers(TestUsers::asAdmin)
                .contentType(ZIP)
                .body("not a zip".getBytes())
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void onlyAnAdministratorImportsADataset() {
        client.post()
                .uri("/api/admin/datasets")
                .contentType(ZIP)
                .body(TestDatasets.zip("datasets/broken/"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }
}
