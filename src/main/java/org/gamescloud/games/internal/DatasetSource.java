package org.gamescloud.games.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.core.io.Resource;

/** The files of a dataset: a folder (on the classpath or the file system) or an uploaded zip. */
interface DatasetSource {

    /** The named file's bytes, or empty if the dataset has no such file. */
    Optional<InputStream> open(String file);

    String describe();

    static DatasetSource folder(Resource folder) {
        return new DatasetSource() {
            @Override
            public Optional<InputStream> open(String file) {
                try {
                    Resource resource = folder.createRelative(file);
                    return resource.exists() ? Optional.of(resource.getInputStream()) : Optional.empty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe() {
                return folder.getDescription();
            }
        };
    }

    /** A zip of the dataset's files; they may sit in one top-level folder. */
    static DatasetSource zip(InputStream zip, long maxBytes) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes - total + 1));
                total += content.length;
                if (total > maxBytes) {
                    throw new IllegalArgumentException("The dataset is larger than " + maxBytes / 1_000_000 + " MB");
                }
                String name = entry.getName();
                files.put(name.substring(name.lastIndexOf('/') + 1), content);
            }
        }
        return new DatasetSource() {
            @Override
            public Optional<InputStream> open(String file) {
                return Optional.ofNullable(files.get(file)).map(ByteArrayInputStream::new);
            }

            @Override
            public String describe() {
                return "uploaded zip";
            }
        };
    }
}
