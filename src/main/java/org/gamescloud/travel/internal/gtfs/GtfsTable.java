package org.gamescloud.travel.internal.gtfs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * One GTFS file read row by row with Jackson CSV: a UTF-8 byte order mark is dropped, CRLF or LF ends a line,
 * quoted fields may hold commas, spaces around values and header names are trimmed, empty lines are skipped.
 */
final class GtfsTable {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.TRIM_SPACES)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    private final String file;
    private final byte[] content;

    GtfsTable(String file, byte[] content) {
        this.file = file;
        this.content = content;
    }

    String file() {
        return file;
    }

    /** Calls {@code action} with each data row; {@code required} columns must be in the header. */
    void forEachRow(Consumer<GtfsRow> action, String... required) {
        try (Reader reader = withoutByteOrderMark();
                MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(reader)) {
            if (!rows.hasNext()) {
                throw new GtfsFeedException(file, 1, null, "the file has no header line");
            }
            Map<String, Integer> columns = columns(rows.next());
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    throw new GtfsFeedException(file, 1, column, "required column missing");
                }
            }
            int line = 1;
            while (rows.hasNext()) {
                line++;
                action.accept(new GtfsRow(file, line, columns, rows.next()));
            }
        } catch (JacksonException malformed) {
            throw new GtfsFeedException(file, null, null, "not readable as CSV: " + malformed.getOriginalMessage());
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    private Reader withoutByteOrderMark() throws IOException {
        int skip = content.length >= 3
                        && (content[0] & 0xff) == 0xef
                        && (content[1] & 0xff) == 0xbb
                        && (content[2] & 0xff) == 0xbf
                ? 3
                : 0;
        return new InputStreamReader(
                new ByteArrayInputStream(content, skip, content.length - skip), StandardCharsets.UTF_8);
    }

    private static Map<String, Integer> columns(String[] header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            columns.putIfAbsent(name, i);
        }
        return columns;
    }
}
