package org.gamescloud.depository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@GamesIntegrationTest
class DocumentDepositTests {

    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Autowired
    RestTestClient client;

    record Deposited(long index, String leafHash, String sha256) {}

    @Test
    void depositsADescribedDocumentAsACanonicalJsonEntryAndListsIt() {
        String title = "Agreement " + UUID.randomUUID();
        Deposited deposited = client.post()
                .uri("/api/admin/depository/documents")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "title",
                        title,
                        "sha256",
                        DIGEST,
                        "mediaType",
                        "application/pdf",
                        "signedAt",
                        "2022-09-10T10:00:00+08:00",
                        "parties",
                        List.of("Organising Committee", "Cloud partner")))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Deposited.class)
                .returnResult()
                .getResponseBody();

        assertThat(deposited.sha256()).isEqualTo(DIGEST);
        assertThat(entry(deposited.index()))
                .startsWith("{\"depositedAt\":\"")
                .contains("\"sha256\":\"" + DIGEST + "\"", "\"title\":\"" + title + "\"", "\"type\":\"document\"")
                .contains("\"signedAt\":\"2022-09-10T02:00Z\"");
        assertThat(documents()).anySatisfy(document -> {
            assertThat(document.get("index")).isEqualTo((int) deposited.index());
            assertThat(document.get("title")).isEqualTo(title);
            assertThat(document.get("parties")).isEqualTo(List.of("Organising Committee", "Cloud partner"));
        });
    }

    @Test
    void hashesAnUploadedDocumentAndKeepsOnlyItsDigest() throws NoSuchAlgorithmException {
        byte[] pdf = ("%PDF-1.7 agreement " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(MediaType.APPLICATION_PDF);
        fileHeaders.setContentDisposition(ContentDisposition.formData()
                .name("file")
                .filename("agreement.pdf")
                .build());
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new HttpEntity<>(pdf, fileHeaders));
        form.add("parties", "Organising Committee");
        form.add("parties", "Cloud partner");

        Deposited deposited = client.post()
                .uri("/api/admin/depository/documents")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Deposited.class)
                .returnResult()
                .getResponseBody();

        String digest =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(deposited.sha256()).isEqualTo(digest);
        assertThat(entry(deposited.index()))
                .contains("\"mediaType\":\"application/pdf\"", "\"title\":\"agreement.pdf\"")
                .contains("\"parties\":[\"Organising Committee\",\"Cloud partner\"]")
                .doesNotContain("%PDF");
    }

    @Test
    void refusesAnInvalidDocumentWithAProblemAndAppendsNothing() {
        String title = "Invalid " + UUID.randomUUID();
        client.post()
                .uri("/api/admin/depository/documents")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", title, "sha256", "not a digest", "mediaType", "application/pdf"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).contains("sha256"));
        assertThat(documents())
                .noneSatisfy(document -> assertThat(document.get("title")).isEqualTo(title));
    }

    @Test
    void letsOnlyAdminsDeposit() {
        String operator = TestUsers.create(client, List.of("RESULTS_OPERATOR"), List.of());
        client.post()
                .uri("/api/admin/depository/documents")
                .headers(headers -> headers.setBasicAuth(operator, "password123"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "Forbidden", "sha256", DIGEST, "mediaType", "application/pdf"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private String entry(long index) {
        return new String(
                client.get()
                        .uri("/api/depository/entries/{index}", index)
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody(byte[].class)
                        .returnResult()
                        .getResponseBody(),
                StandardCharsets.UTF_8);
    }

    private List<Map<String, Object>> documents() {
        return client.get()
                .uri("/api/depository/documents?size=1000")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
    }
}
