package org.gamescloud.depository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.gamescloud.depository.verify.CertificateOfDeposit;
import org.gamescloud.depository.verify.CertificateVerifier;
import org.gamescloud.depository.verify.VerifyCertificateRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class CertificateOfDepositTests {

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    @TempDir
    Path directory;

    record Appended(long index, String leafHash) {}

    @Test
    void downloadsACertificateThatProvesTheEntryAgainstThePublishedKey() {
        byte[] entry = "certificate of deposit".getBytes(StandardCharsets.UTF_8);
        long index = append(entry);

        String text = client.get()
                .uri("/api/depository/entries/{index}/certificate", index)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"certificate-of-deposit-" + index + "\\.txt\"")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        CertificateOfDeposit certificate = CertificateOfDeposit.parse(text);
        assertThat(certificate.index()).isEqualTo(index);
        assertThat(certificate.entry()).isEqualTo(entry);
        String publishedKey = client.get()
                .uri("/api/depository/key")
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(CertificateVerifier.verify(certificate, Optional.of(publishedKey))
                        .verified())
                .isTrue();
    }

    @Test
    void theCommandLineVerifierChecksACertificateAndItsConsistencyWithTheRunningLog() throws IOException {
        long index = append("checked from the command line".getBytes(StandardCharsets.UTF_8));
        Path file = directory.resolve("certificate.txt");
        Files.writeString(file, certificate(index), StandardCharsets.UTF_8);
        append("a later entry".getBytes(StandardCharsets.UTF_8));

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode = VerifyCertificateRunner.run(
                new PrintStream(output, true, StandardCharsets.UTF_8),
                file.toString(),
                "--log",
                "http://localhost:" + port);

        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("✓ consistency with the log's latest checkpoint", "VERIFIED");
        assertThat(exitCode).isZero();
    }

    @Test
    void answersNotFoundForAnEntryTheLogDoesNotHave() {
        client.get()
                .uri("/api/depository/entries/{index}/certificate", 1_000_000_000_000L)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private String certificate(long index) {
        return client.get()
                .uri("/api/depository/entries/{index}/certificate", index)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private long append(byte[] entry) {
        return client.post()
                .uri("/api/depository/entries")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(entry)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Appended.class)
                .returnResult()
                .getResponseBody()
                .index();
    }
}
