package org.gamescloud.depository.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCertificateTest {

    private final CertificateFixture log = new CertificateFixture(6);
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @TempDir
    Path directory;

    @Test
    void exitsWithZeroAndPrintsEveryStepForAGenuineCertificate() throws IOException {
        Path file = write(log.certificate(3).encoded());
        assertThat(run(file.toString(), "--key", log.signer.verifierKey().encoded()))
                .isZero();
        assertThat(printed()).contains("✓ leaf hash", "✓ checkpoint signature", "VERIFIED: entry 3");
        assertThat(printed()).doesNotContain("✗");
    }

    @Test
    void exitsWithOneAndMarksTheFailedStepForATamperedCertificate() throws IOException {
        String encoded = log.certificate(3).encoded();
        String[] lines = encoded.split("\n", -1);
        lines[7] = lines[8];
        Path file = write(String.join("\n", lines));
        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(printed()).contains("✗ root matches the checkpoint", "NOT VERIFIED");
    }

    @Test
    void exitsWithOneForAFileThatIsNoCertificateAndTwoWithoutAFile() throws IOException {
        assertThat(run(write("not a certificate\n").toString())).isEqualTo(1);
        assertThat(run()).isEqualTo(2);
    }

    private int run(String... args) {
        return VerifyCertificate.run(args, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private Path write(String text) throws IOException {
        Path file = directory.resolve("certificate.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
