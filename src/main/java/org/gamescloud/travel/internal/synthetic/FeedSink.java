package org.gamescloud.travel.internal.synthetic;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Where the feed's files go: a folder, or a zip whose entries carry a fixed timestamp so its bytes are stable. */
interface FeedSink extends AutoCloseable {

    /** Opens the next file; the caller closes the writer before opening another. */
    Writer open(String fileName) throws IOException;

    @Override
    void close() throws IOException;

    static FeedSink folder(Path directory) throws IOException {
        Files.createDirectories(directory);
        return new FeedSink() {
            @Override
            public Writer open(String fileName) throws IOException {
                return Files.newBufferedWriter(directory.resolve(fileName), StandardCharsets.UTF_8);
            }

            @Override
            public void close() {}
        };
    }

    static FeedSink zip(Path zipFile) throws IOException {
        if (zipFile.getParent() != null) {
            Files.createDirectories(zipFile.getParent());
        }
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile));
        long fixedTime =
                LocalDateTime.of(2023, 9, 19, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        return new FeedSink() {
            @Override
            public Writer open(String fileName) throws IOException {
                ZipEntry entry = new ZipEntry(fileName);
                entry.setTime(fixedTime);
                zip.putNextEntry(entry);
                Writer entryWriter = new FilterWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
                    @Override
                    public void close() throws IOException {
                        flush();
                        zip.closeEntry();
                    }
                };
                return new BufferedWriter(entryWriter, 1 << 16);
            }

            @Override
            public void close() throws IOException {
                zip.close();
            }
        };
    }
}
