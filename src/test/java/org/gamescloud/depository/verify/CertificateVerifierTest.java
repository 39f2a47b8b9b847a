package org.gamescloud.depository.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.gamescloud.depository.note.NoteSigner;
import org.junit.jupiter.api.Test;

class CertificateVerifierTest {

    private final CertificateFixture log = new CertificateFixture(13);

    @Test
    void verifiesEveryEntryOfTheLogThroughItsEncodedCertificate() {
        for (int index = 0; index < 13; index++) {
            CertificateOfDeposit read =
                    CertificateOfDeposit.parse(log.certificate(index).encoded());
            CertificateVerifier.Verification verification = CertificateVerifier.verify(read, Optional.empty());
            assertThat(verification.verified()).as("entry %d", index).isTrue();
            assertThat(verification.steps())
                    .extracting(CertificateVerifier.Step::name)
                    .containsExactly(
                            "verifier key",
                            "leaf hash",
                            "inclusion proof",
                            "root matches the checkpoint",
                            "checkpoint signature");
        }
    }

    @Test
    void readsACertificateWhoseLinesEndInCrLf() {
        String crlf = log.certificate(4).encoded().replace("\n", "\r\n");
        assertThat(CertificateVerifier.verify(CertificateOfDeposit.parse(crlf), Optional.empty())
                        .verified())
                .isTrue();
    }

    @Test
    void refusesAnAlteredEntryAtTheRootComparison() {
        String encoded = log.certificate(5).encoded();
        String altered = encoded.replace("extra " + base64("{\"entry\":5}"), "extra " + base64("{\"entry\":6}"));
        assertThat(altered).isNotEqualTo(encoded);
        CertificateVerifier.Verification verification =
                CertificateVerifier.verify(CertificateOfDeposit.parse(altered), Optional.empty());
        assertThat(verification.verified()).isFalse();
        assertThat(failedSteps(verification)).containsExactly("root matches the checkpoint");
    }

    @Test
    void refusesACheckpointWhoseSignatureDoesNotMatchItsText() {
        CertificateOfDeposit genuine = log.certificate(2);
        String forgedNote = genuine.checkpoint().replaceFirst("\n13\n", "\n12\n");
        CertificateOfDeposit forged =
                new CertificateOfDeposit(genuine.verifierKey(), genuine.entry(), 2, genuine.proof(), forgedNote);
        assertThat(failedSteps(CertificateVerifier.verify(forged, Optional.empty())))
                .contains("checkpoint signature");
    }

    @Test
    void refusesACertificateSignedByAnotherKeyThanThePinnedOne() {
        String otherKey =
                NoteSigner.generate(CertificateFixture.ORIGIN).verifierKey().encoded();
        CertificateVerifier.Verification verification =
                CertificateVerifier.verify(log.certificate(0), Optional.of(otherKey));
        assertThat(failedSteps(verification)).containsExactly("verifier key");
    }

    @Test
    void refusesAProofOfTheWrongLength() {
        CertificateOfDeposit genuine = log.certificate(7);
        CertificateOfDeposit shortened = new CertificateOfDeposit(
                genuine.verifierKey(),
                genuine.entry(),
                7,
                genuine.proof().subList(1, genuine.proof().size()),
                genuine.checkpoint());
        assertThat(failedSteps(CertificateVerifier.verify(shortened, Optional.empty())))
                .containsExactly("inclusion proof", "root matches the checkpoint");
    }

    @Test
    void refusesTextThatIsNotACertificate() {
        assertThatThrownBy(() -> CertificateOfDeposit.parse("hello\n")).isInstanceOf(InvalidCertificateException.class);
        String noExtra = log.certificate(1).encoded().replaceFirst("extra ", "extras ");
        assertThatThrownBy(() -> CertificateOfDeposit.parse(noExtra)).isInstanceOf(InvalidCertificateException.class);
    }

    private static java.util.List<String> failedSteps(CertificateVerifier.Verification verification) {
        return verification.steps().stream()
                .filter(step -> !step.passed())
                .map(CertificateVerifier.Step::name)
                .toList();
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
