package org.gamescloud.travel.internal.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A few lines of CSV reading, independent of the generator, so that the tests check the files as any GTFS consumer
 * sees them.
 */
final class GtfsFiles {

    private GtfsFiles() {}

    /** Every row of a (small) file as column → value. */
    static List<Map<String, String>> rows(Path folder, String file) {
        List<Map<String, String>> rows = new ArrayList<>();
        forEachRow(folder, file, rows::add);
        return rows;
    }

    static void forEachRow(Path folder, String file, Consumer<Map<String, String>> sink) {
        try (BufferedReader in = Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8)) {
            List<String> header = parse(in.readLine());
            String line;
            while ((line = in.readLine()) != null) {
                List<String> fields = parse(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
                }
                sink.accept(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One RFC 4180 line (no embedded line breaks in these feeds). */
    static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** GTFS time to seconds after midnight of the service day; hours may exceed 23. */
    static int seconds(String time) {
        String[] parts = time.trim().split(":");
        return Integer.parseInt(parts[0]) * 3600 + Integer.parseInt(parts[1]) * 60 + Integer.parseInt(parts[2]);
    }

    static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * 6_371_000.0 * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
