package org.gamescloud.games.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.gamescloud.platform.Bilingual;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The name of the Games the platform runs ("Hangzhou 2022"), for page headers: the {@code name} and {@code name_zh}
 * of the (first) configured dataset's {@code dataset.properties}; empty when no dataset is configured.
 */
@Component("gamesTitle")
class GamesTitle implements Bilingual {

    private final String name;
    private final String nameZh;

    GamesTitle(ResourceLoader resources, @Value("${games.dataset.location:}") String location) {
        Properties properties = location.isBlank() ? new Properties() : read(resources, location);
        this.name = properties.getProperty("name", "");
        this.nameZh = properties.getProperty("name_zh", "");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String nameZh() {
        return nameZh;
    }

    private static Properties read(ResourceLoader resources, String locations) {
        String location = locations.split(",")[0].strip();
        String folder = location.endsWith("/") ? location : location + "/";
        Properties properties = new Properties();
        Optional<InputStream> file =
                DatasetSource.folder(resources.getResource(folder)).open("dataset.properties");
        if (file.isPresent()) {
            try (InputStream in = file.get()) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
