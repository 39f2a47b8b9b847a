package org.gamescloud.travel.internal.gtfs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The .txt files of a feed by name, from a zip (files at its root or in one folder) or a folder. Files GTFS does
 * not route on (shapes, fares) are skipped to save memory.
 */
public final class GtfsFiles {

    static final Set<String> READ = Set.of(
            "agency.txt",
            "stops.txt",
            "routes.txt",
            "trips.txt",
            "stop_times.txt",
            "calendar.txt",
            "calendar_dates.txt",
            "frequencies.txt",
            "transfers.txt");

    private final Map<String, byte[]> files;

    private GtfsFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    public static GtfsFiles fromZip(byte[] zip) {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            boolean anyEntry = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                anyEntry = true;
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!entry.isDirectory() && READ.contains(name)) {
                    files.put(name, in.readAllBytes());
                }
            }
            if (!anyEntry) {
                throw new GtfsFeedException(null, null, null, "the body is not a zip archive of GTFS files");
            }
        } catch (ZipException broken) {
            throw new GtfsFeedException(null, null, null, "the body is not a readable zip archive");
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return new GtfsFiles(files);
    }

    public static GtfsFiles fromFolder(Path folder) {
        Map<String, byte[]> files = new HashMap<>();
        try {
            for (String name : READ) {
                Path file = folder.resolve(name);
                if (Files.isRegularFile(file)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return new GtfsFiles(files);
    }

    /** A zip archive or a folder of GTFS files. */
    public static GtfsFiles from(Path zipOrFolder) {
        if (Files.isDirectory(zipOrFolder)) {
            return fromFolder(zipOrFolder);
        }
        try {
            return fromZip(Files.readAllBytes(zipOrFolder));
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    /** The routable files as one zip, the form in which a feed is stored. */
    public byte[] toZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : files.keySet().stream().sorted().toList()) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(files.get(name));
                zip.closeEntry();
            }
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return bytes.toByteArray();
    }

    boolean has(String name) {
        return files.containsKey(name);
    }

    GtfsTable table(String name) {
        byte[] content = files.get(name);
        if (content == null) {
            throw new GtfsFeedException(name, null, null, "required file missing");
        }
        return new GtfsTable(name, content);
    }

    Stream<String> names() {
        return files.keySet().stream();
    }
}
