package org.gamescloud.ticketing.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What one e-ticket signature costs: Bouncy Castle (what {@link SigningKey} uses) against the JDK's
 * {@code Signature("Ed25519")} as the baseline, same key, same ticket-sized messages, same run, single thread. Run with
 *
 * <pre>mvn -q test -Dtest=SigningBenchmark -Dtest.excludedGroups=demo -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints microseconds per signature and appends them to {@code target/benchmarks/signing.md}.
 */
@Tag("benchmark")
class SigningBenchmark {

    private static final int MESSAGES = 64;

    @Test
    void comparesBouncyCastleWithTheJdk() throws Exception {
        SigningKey key = SigningKey.generate();
        PrivateKey jdkKey = SigningKeyTests.jdkPrivateKey(key.privateKey());
        String[] messages = new String[MESSAGES];
        for (int i = 0; i < MESSAGES; i++) {
            messages[i] = SigningKeyTests.signingInput(i);
        }
        Signature jdk = Signature.getInstance("Ed25519");
        // warm-up of both, then three alternating rounds; the best round of each is reported
        timeBouncyCastle(key, messages, 20_000);
        timeJdk(jdk, jdkKey, messages, 1_000);
        double bestBc = Double.MAX_VALUE;
        double bestJdk = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            bestBc = Math.min(bestBc, timeBouncyCastle(key, messages, 10_000));
            bestJdk = Math.min(bestJdk, timeJdk(jdk, jdkKey, messages, 1_000));
        }
        String row = String.format(
                Locale.ROOT,
                "| %s | Bouncy Castle %.1f µs | JDK %s %.1f µs | JDK / BC %.1fx | load %s |%n",
                java.time.Instant.now(),
                bestBc,
                System.getProperty("java.version"),
                bestJdk,
                bestJdk / bestBc,
                Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.print(row);
        Path file = Path.of("target/benchmarks/signing.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, row, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Microseconds per signature. */
    private static double timeBouncyCastle(SigningKey key, String[] messages, int count) {
        long sink = 0;
        long began = System.nanoTime();
        for (int i = 0; i < count; i++) {
            sink += key.sign(messages[i % MESSAGES])[0];
        }
        long elapsed = System.nanoTime() - began;
        return sink == Long.MIN_VALUE ? 0 : elapsed / 1e3 / count;
    }

    private static double timeJdk(Signature jdk, PrivateKey key, String[] messages, int count) throws Exception {
        long sink = 0;
        long began = System.nanoTime();
        for (int i = 0; i < count; i++) {
            jdk.initSign(key);
            jdk.update(messages[i % MESSAGES].getBytes(StandardCharsets.US_ASCII));
            sink += jdk.sign()[0];
        }
        long elapsed = System.nanoTime() - began;
        return sink == Long.MIN_VALUE ? 0 : elapsed / 1e3 / count;
    }
}
