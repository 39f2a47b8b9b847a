package org.gamescloud.games.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped demo dataset is exactly what the generator makes from the sourced tables. */
class DemoDatasetTests {

    private static final Path SOURCES = Path.of("datasets/sources/hangzhou2022");
    private static final Path SHIPPED = Path.of("src/main/resources/datasets/hangzhou2022");

    @TempDir
    Path generated;

    @Test
    void shippedDatasetIsWhatTheGeneratorMakes() throws IOException {
        DemoDatasetGenerator.generate(SOURCES, generated);
        List<String> files = list(SHIPPED);
        assertThat(list(generated)).containsExactlyElementsOf(files);
        for (String file : files) {
            assertThat(Files.mismatch(SHIPPED.resolve(file), generated.resolve(file)))
                    .as("%s differs from the generator's output: regenerate with DemoDatasetGenerator", file)
                    .isEqualTo(-1L);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
