package org.gamescloud.games.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gamescloud.games.dataset.Model.Event;

/**
 * Writes the record baselines ({@code records.csv}) of the demo dataset: the source table names events by
 * discipline, English name and gender; the output names them by their ODF event code.
 */
final class RecordsWriter {

    private RecordsWriter() {}

    static void write(Dataset d, Path sourceDir, Path outputDir) throws IOException {
        Path source = sourceDir.resolve("records.csv");
        if (!Files.exists(source)) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> record : Csv.read(source)) {
            Event event = d.events().stream()
                    .filter(e -> e.discipline.equals(record.get("discipline"))
                            && e.nameEn.equals(record.get("event_name"))
                            && String.valueOf(e.gender).equals(record.get("gender")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("records.csv names an unknown event: " + record));
            rows.add(List.of(
                    event.code,
                    record.get("type"),
                    record.get("mark"),
                    record.get("holder"),
                    record.get("noc"),
                    record.get("date"),
                    record.get("place")));
        }
        Csv.write(
                outputDir.resolve("records.csv"),
                List.of("event", "type", "mark", "holder", "noc", "date", "place"),
                rows);
    }
}
