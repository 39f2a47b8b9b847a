package org.gamescloud.travel.internal.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs write the same bytes (on a scaled-down bus network, to keep the build fast). */
class SixCityFeedDeterminismTests {

    static final FeedScale SMALL = new FeedScale(0.1);

    @Test
    void writesTheSameBytesOnEveryRun(@TempDir Path first, @TempDir Path second) throws Exception {
        FeedSummary one = SixCityFeedGenerator.write(first, SMALL, message -> {});
        FeedSummary two = SixCityFeedGenerator.write(second, SMALL, message -> {});
        System.out.printf(
                "Small six-city feed generated twice in %d ms and %d ms: %s%n",
                one.generation_ms(), two.generation_ms(), two);

        assertThat(hashes(first)).hasSize(9).isEqualTo(hashes(second));
        assertThat(one.tripsPerDay()).isEqualTo(two.tripsPerDay());
    }

    @Test
    void writesTheSameZipOnEveryRun(@TempDir Path folder) throws Exception {
        SixCityFeedGenerator.writeZip(folder.resolve("a.zip"), SMALL, message -> {});
        SixCityFeedGenerator.writeZip(folder.resolve("b.zip"), SMALL, message -> {});

        assertThat(sha256(folder.resolve("a.zip"))).isEqualTo(sha256(folder.resolve("b.zip")));
    }

    @Test
    void regeneratesOnlyWhenTheGeneratorVersionChanged(@TempDir Path parent) throws IOException {
        Path folder = parent.resolve("travel");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("feed_info.txt"), "feed_version\nsixcity-0\n");

        assertThat(SixCityFeedGenerator.isCurrent(folder)).isFalse();
        SixCityFeedGenerator.write(folder, SMALL, message -> {});
        assertThat(SixCityFeedGenerator.isCurrent(folder)).isTrue();
        assertThat(SixCityFeedGenerator.ensureCurrent(folder, message -> {})).isFalse();
    }

    private static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                hashes.put(file.getFileName().toString(), sha256(file));
            }
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
