package org.gamescloud;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Datasets that tests load on top of the mini one, through the real upload API. */
public final class TestDatasets {

    /** Swimming and water polo at MINI-AQC. */
    public static final String SECOND_VENUE = "MINI-AQC";

    public static final String SWIMMING = "MSW";

    /** The NOC of the pool dataset, with 120 athletes: two pages of them. */
    public static final String NOC_WITH_MANY_ATHLETES = "MGC";

    private static final List<String> FILES = List.of(
            "dataset.properties",
            "nocs.csv",
            "sports.csv",
            "disciplines.csv",
            "venues.csv",
            "events.csv",
            "phases.csv",
            "units.csv",
            "sessions.csv",
            "athletes.csv",
            "teams.csv",
            "entries.csv");

    private TestDatasets() {}

    /**
     * A second venue, {@value #SECOND_VENUE} in Ningbo: swimming on 24 Sep 2023 (heats 10:00 and 10:10, a final
     * 19:30), water polo medal matches on 25 Sep (bronze 14:00, gold 16:00); and the NOC
     * {@value #NOC_WITH_MANY_ATHLETES}. Loading it again changes nothing.
     */
    public static void loadMiniPool(RestTestClient client) {
        client.post()
                .uri("/api/admin/datasets")
                .headers(TestUsers::asAdmin)
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(zip("datasets/mini-pool/"))
                .exchange()
                .expectStatus()
                .isCreated();
    }

    public static byte[] zip(String folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : FILES) {
                zip.putNextEntry(new ZipEntry(file));
                try (InputStream in = new ClassPathResource(folder + file).getInputStream()) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
