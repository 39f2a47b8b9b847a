package org.gamescloud.depository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.depository.verify.CertificateOfDeposit;
import org.gamescloud.depository.verify.CertificateVerifier;
import org.gamescloud.live.LiveFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

/** An official result posted by a venue's operator ends in a certificate of deposit anyone can check. */
@GamesIntegrationTest
class OfficialResultCertificateTests {

    /** A heat of the live dataset that no other test posts to. */
    private static final String UNIT = LiveFixture.heat(38);

    @Autowired
    RestTestClient client;

    @Test
    void certifiesTheDepositOfAnOfficialResultNamedInTheUnitsHistory() {
        new LiveFixture(client).post(UNIT, 1, "OFFICIAL");

        Map<String, Object> official = await().atMost(Duration.ofSeconds(20))
                .until(this::officialRevision, revision -> revision.get("depositoryIndex") != null);
        long index = ((Number) official.get("depositoryIndex")).longValue();
        CertificateOfDeposit certificate = CertificateOfDeposit.parse(client.get()
                .uri("/api/depository/entries/{index}/certificate", index)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody());
        String publishedKey = client.get()
                .uri("/api/depository/key")
                .exchange()
                .returnResult(String.class)
                .getResponseBody();

        assertThat(certificate.index()).isEqualTo(index);
        assertThat(new String(certificate.entry(), StandardCharsets.UTF_8))
                .contains("\"unitCode\":\"" + UNIT + "\"")
                .contains("\"type\":\"result\"");
        assertThat(CertificateVerifier.verify(certificate, Optional.of(publishedKey))
                        .verified())
                .isTrue();
    }

    private Map<String, Object> officialRevision() {
        List<Map<String, Object>> history = client.get()
                .uri("/api/results/units/{unit}/history", UNIT)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
        return history.stream()
                .filter(revision -> "OFFICIAL".equals(revision.get("status")))
                .findFirst()
                .orElse(Map.of());
    }
}
