package org.gamescloud.depository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.gamescloud.depository.merkle.Hash;
import org.gamescloud.depository.merkle.MerkleProofVerifier;
import org.gamescloud.depository.merkle.Rfc6962;
import org.gamescloud.depository.note.Checkpoint;
import org.gamescloud.depository.note.VerifierKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class DepositoryApiTests {

    @Autowired
    RestTestClient client;

    record Appended(long index, String leafHash) {}

    record InclusionProof(long leafIndex, long treeSize, List<String> hashes) {}

    record ConsistencyProof(long from, long to, List<String> hashes) {}

    @Test
    void servesTheExactBytesOfAnAppendedEntryAndProvesThemInASignedCheckpoint() {
        byte[] entry = {0, (byte) 0xff, 'g', 'a', 'm', 'e', 's', '\n', (byte) 0x80};
        Appended appended = append(entry);
        assertThat(Hash.fromBase64(appended.leafHash())).isEqualTo(Rfc6962.leafHash(entry));

        byte[] served = client.get()
                .uri("/api/depository/entries/{index}", appended.index())
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(served).isEqualTo(entry);

        Checkpoint checkpoint = checkpointCovering(appended.index() + 1);
        InclusionProof proof = client.get()
                .uri(
                        "/api/depository/proofs/inclusion?index={index}&treeSize={size}",
                        appended.index(),
                        checkpoint.treeSize())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(InclusionProof.class)
                .returnResult()
                .getResponseBody();
        assertThat(proof.leafIndex()).isEqualTo(appended.index());
        assertThat(proof.treeSize()).isEqualTo(checkpoint.treeSize());
        assertThat(MerkleProofVerifier.verifyInclusion(
                        Rfc6962.leafHash(entry),
                        appended.index(),
                        checkpoint.treeSize(),
                        hashes(proof.hashes()),
                        checkpoint.rootHash()))
                .isTrue();
    }

    @Test
    void provesThatALaterCheckpointExtendsAnEarlierOne() {
        Checkpoint earlier = checkpointCovering(
                append("first".getBytes(StandardCharsets.UTF_8)).index() + 1);
        Checkpoint later = checkpointCovering(
                append("second".getBytes(StandardCharsets.UTF_8)).index() + 1);

        ConsistencyProof proof = client.get()
                .uri("/api/depository/proofs/consistency?from={from}&to={to}", earlier.treeSize(), later.treeSize())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ConsistencyProof.class)
                .returnResult()
                .getResponseBody();
        assertThat(proof.from()).isEqualTo(earlier.treeSize());
        assertThat(proof.to()).isEqualTo(later.treeSize());
        assertThat(MerkleProofVerifier.verifyConsistency(
                        earlier.treeSize(),
                        later.treeSize(),
                        hashes(proof.hashes()),
                        earlier.rootHash(),
                        later.rootHash()))
                .isTrue();
        client.get()
                .uri("/api/depository/proofs/consistency?from=0&to={to}", later.treeSize())
                .exchange()
                .expectBody()
                .jsonPath("$.hashes.length()")
                .isEqualTo(0);
        client.get()
                .uri("/api/depository/proofs/consistency?from={to}&to={to}", later.treeSize(), later.treeSize())
                .exchange()
                .expectBody()
                .jsonPath("$.hashes.length()")
                .isEqualTo(0);
    }

    @Test
    void rejectsProofsOutsideTheLogAndUnknownEntries() {
        long index = append("bounds".getBytes(StandardCharsets.UTF_8)).index();
        long beyond = 1_000_000_000_000L;
        badRequest("/api/depository/proofs/inclusion?index=" + index + "&treeSize=" + index);
        badRequest("/api/depository/proofs/inclusion?index=0&treeSize=" + beyond);
        badRequest("/api/depository/proofs/consistency?from=" + (index + 1) + "&to=" + index);
        badRequest("/api/depository/proofs/consistency?from=0&to=" + beyond);
        client.get()
                .uri("/api/depository/entries/{index}", beyond)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void appendsOnlyForAdmins() {
        client.post()
                .uri("/api/depository/entries")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new byte[] {1})
                .exchange()
                .expectStatus()
                .isUnauthorized();
        String operator = TestUsers.create(client, List.of("RESULTS_OPERATOR"), List.of());
        client.post()
                .uri("/api/depository/entries")
                .headers(headers -> headers.setBasicAuth(operator, "password123"))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new byte[] {1})
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private Appended append(byte[] entry) {
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
                .getResponseBody();
    }

    /** Waits for the scheduled signer to cover {@code treeSize}, and checks the signature with the published key. */
    private Checkpoint checkpointCovering(long treeSize) {
        VerifierKey key = VerifierKey.parse(get("/api/depository/key"));
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> Checkpoint.openSigned(get("/api/depository/checkpoint"), key),
                        checkpoint -> checkpoint.treeSize() >= treeSize);
    }

    private String get(String path) {
        return client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private void badRequest(String uri) {
        client.get().uri(uri).exchange().expectStatus().isBadRequest();
    }

    private static List<Hash> hashes(List<String> base64) {
        return base64.stream().map(Hash::fromBase64).toList();
    }
}
