package org.gamescloud.travel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gamescloud.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The GTFS feeds of the tests (src/test/resources/gtfs): {@code fixture}, a hand-made two-city feed (Hangzhou and
 * Ningbo, near the venues of the mini and results datasets), and real feeds with their licences.
 */
public final class GtfsFixtures {

    private GtfsFixtures() {}

    public static Path folder(String feed) {
        try {
            return Path.of(GtfsFixtures.class.getResource("/gtfs/" + feed).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The feed's .txt files zipped, with {@code replaced} files (name → content) swapped in. */
    public static byte[] zip(String feed, Map<String, String> replaced) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                Stream<Path> files = Files.list(folder(feed))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString();
                if (replaced.containsKey(name) && replaced.get(name) == null) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry("feed/" + name));
                zip.write(replaced.containsKey(name) ? replaced.get(name).getBytes() : Files.readAllBytes(file));
                zip.closeEntry();
            }
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return bytes.toByteArray();
    }

    public static byte[] zip(String feed) {
        return zip(feed, Map.of());
    }

    public static RestTestClient.ResponseSpec upload(RestTestClient client, String feedId, byte[] zip) {
        return client.post()
                .uri("/api/admin/travel/feeds/{id}", feedId)
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(zip)
                .exchange();
    }

    /** Imports the hand-made fixture as feed {@code fx} (idempotent: an import replaces). */
    public static void importFixture(RestTestClient client) {
        upload(client, "fx", zip("fixture")).expectStatus().isCreated();
    }
}
