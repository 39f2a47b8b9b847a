package org.gamescloud.games.internal;

import java.io.IOException;
import java.io.InputStream;
import org.gamescloud.platform.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Loads the configured datasets on first start ({@code games.dataset.location}: folders separated by commas, empty
 * for none) and imports others
 * uploaded by an administrator as a zip.
 */
@Component
@RestController
@Order(0)
class DatasetLoader implements ApplicationRunner {

    private static final long MAX_UPLOAD_BYTES = 200_000_000;

    private final DatasetImporter importer;
    private final ResourceLoader resources;
    private final String location;

    DatasetLoader(
            DatasetImporter importer, ResourceLoader resources, @Value("${games.dataset.location:}") String location) {
        this.importer = importer;
        this.resources = resources;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String folder : location.split(",")) {
            if (!folder.isBlank()) {
                String path = folder.strip();
                Resource resource = resources.getResource(path.endsWith("/") ? path : path + "/");
                importer.importDataset(DatasetSource.folder(resource));
            }
        }
    }

    @PostMapping(
            value = "/api/admin/datasets",
            consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    DatasetImporter.Summary upload(@RequestBody Resource zip) throws IOException {
        try (InputStream in = zip.getInputStream()) {
            return importer.importDataset(DatasetSource.zip(in, MAX_UPLOAD_BYTES));
        } catch (IllegalArgumentException | java.util.zip.ZipException e) {
            throw Problems.badRequest("Not a usable dataset zip: " + e.getMessage());
        }
    }
}
