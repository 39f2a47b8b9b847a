package org.gamescloud.depository.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The offline verifier of certificates of deposit, for anyone who trusts neither the server nor its page:
 *
 * <pre>
 * java -cp target/classes org.gamescloud.depository.verify.VerifyCertificate certificate.txt
 *      [--key &lt;verifier key&gt;] [--log http://host:port]
 * </pre>
 *
 * {@code --key} pins the log's key; {@code --log} also fetches the log's latest checkpoint and checks that it
 * extends the certificate's one. Prints each step with ✓ or ✗; exit code 0 when all hold, 1 otherwise, 2 on bad
 * usage.
 */
public final class VerifyCertificate {

    private VerifyCertificate() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, PrintStream out) {
        Optional<String> pinnedKey = Optional.empty();
        Optional<String> logUrl = Optional.empty();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--key") || args[i].equals("--log")) && i + 1 < args.length) {
                if (args[i].equals("--key")) {
                    pinnedKey = Optional.of(args[++i]);
                } else {
                    logUrl = Optional.of(args[++i]);
                }
            } else {
                files.add(args[i]);
            }
        }
        if (files.size() != 1) {
            out.println("usage: VerifyCertificate <certificate file> [--key <verifier key>] [--log <server URL>]");
            return 2;
        }
        CertificateOfDeposit certificate;
        try {
            certificate = CertificateOfDeposit.parse(Files.readString(Path.of(files.get(0)), StandardCharsets.UTF_8));
        } catch (IOException | InvalidCertificateException e) {
            out.println("✗ cannot read the certificate: " + e.getMessage());
            return 1;
        }
        List<CertificateVerifier.Step> steps = new ArrayList<>(
                CertificateVerifier.verify(certificate, pinnedKey).steps());
        logUrl.ifPresent(url -> steps.add(LogConsistency.check(url, certificate)));
        steps.forEach(step -> out.println((step.passed() ? "✓ " : "✗ ") + step.name() + ": " + step.detail()));
        boolean verified = steps.stream().allMatch(CertificateVerifier.Step::passed);
        out.println(
                verified
                        ? "VERIFIED: entry " + certificate.index() + " is in the log"
                        : "NOT VERIFIED: entry " + certificate.index());
        return verified ? 0 : 1;
    }
}
