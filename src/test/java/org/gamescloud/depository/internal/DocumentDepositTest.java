package org.gamescloud.depository.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentDepositTest {

    private static final Instant NOW = Instant.parse("2023-09-27T01:00:00.123Z");
    private static final String HEX = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void writesTheDocumentAsCanonicalJsonWithTheDigestInLowerCaseHexAndTimesInUtc() {
        DocumentDeposit document = DocumentDeposit.of(
                " Cloud partnership agreement ",
                HEX.toUpperCase(),
                "Application/PDF",
                "2022-09-10T10:00:00+08:00",
                List.of("Organising Committee", "Cloud partner"),
                NOW);
        assertThat(document.entry())
                .isEqualTo("{\"depositedAt\":\"2023-09-27T01:00:00.123Z\",\"mediaType\":\"application/pdf\","
                        + "\"parties\":[\"Organising Committee\",\"Cloud partner\"],\"sha256\":\"" + HEX + "\","
                        + "\"signedAt\":\"2022-09-10T02:00Z\",\"title\":\"Cloud partnership agreement\","
                        + "\"type\":\"document\"}");
    }

    @Test
    void acceptsTheDigestInBase64AndNoSigningTimeOrParties() {
        DocumentDeposit document = DocumentDeposit.of(
                "Minutes", "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=", "text/plain", null, null, NOW);
        assertThat(document.sha256Hex()).isEqualTo(HEX);
        assertThat(document.entry()).contains("\"parties\":[]", "\"signedAt\":null");
    }

    @Test
    void namesEveryInvalidFieldAtOnce() {
        assertThatThrownBy(() -> DocumentDeposit.of(" ", "abc", "pdf", "yesterday", List.of(""), NOW))
                .isInstanceOf(DocumentDeposit.InvalidDocumentException.class)
                .hasMessageContainingAll("title", "sha256", "mediaType", "signedAt", "parties");
    }

    @Test
    void refusesADigestOfAnotherLength() {
        assertThatThrownBy(() -> DocumentDeposit.of("Short", "q83vEjRWeJA=", "text/plain", null, List.of(), NOW))
                .hasMessageContaining("sha256");
    }
}
