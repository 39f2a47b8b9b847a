package org.gamescloud.travel.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.gamescloud.travel.internal.gtfs.GtfsFeed;
import org.gamescloud.travel.internal.gtfs.GtfsFeedException;
import org.gamescloud.travel.internal.gtfs.GtfsFeedReader;
import org.gamescloud.travel.internal.gtfs.GtfsFiles;
import org.gamescloud.travel.internal.timetable.Timetable;
import org.gamescloud.travel.internal.timetable.TimetableBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The GTFS feeds journeys are planned on. An import validates the feed, stores it (replacing a feed of the same id)
 * and makes it routable at once on this node; the other nodes notice the new version in the database within the
 * refresh interval and load it too. Stored feeds are read back on first use after a restart. Timetables are built
 * per service day on demand and the last few kept.
 */
@Service
public class TransitFeeds {

    private static final Logger log = LoggerFactory.getLogger(TransitFeeds.class);
    private static final Pattern FEED_ID = Pattern.compile("[A-Za-z0-9_-]{1,34}");

    private final StoredFeeds stored;
    private final GamesClock clock;
    private final LoadingCache<LocalDate, Timetable> timetables;
    private Map<String, GtfsFeed> feeds;
    private Map<String, String> versions = Map.of();

    TransitFeeds(StoredFeeds stored, GamesClock clock) {
        this.stored = stored;
        this.clock = clock;
        this.timetables = Caffeine.newBuilder().maximumSize(3).build(this::build);
    }

    /** Imports a GTFS zip or folder as {@code feedId}, replacing any feed with that id. */
    public FeedSummary importFeed(String feedId, Path zipOrFolder) {
        return importFeed(feedId, checked(() -> GtfsFiles.from(zipOrFolder)));
    }

    public FeedSummary importFeed(String feedId, byte[] zip) {
        return importFeed(feedId, checked(() -> GtfsFiles.fromZip(zip)));
    }

    private FeedSummary importFeed(String feedId, GtfsFiles files) {
        if (!FEED_ID.matcher(feedId).matches()) {
            throw Problems.badRequest("A feed id is 1-34 letters, digits, '-' or '_'");
        }
        GtfsFeed feed = checked(() -> GtfsFeedReader.read(feedId, files));
        FeedSummary summary = new FeedSummary(
                feedId, feed.stops().size(), feed.routes().size(), feed.trips().size());
        String version = stored.replace(summary, files.toZip(), clock.now());
        synchronized (this) {
            Map<String, GtfsFeed> updated = new TreeMap<>(loaded());
            updated.put(feedId, feed);
            Map<String, String> updatedVersions = new TreeMap<>(versions);
            updatedVersions.put(feedId, version);
            swap(updated, updatedVersions);
        }
        log.info(
                "Imported GTFS feed {}: {} stops, {} routes, {} trips",
                feedId,
                summary.stops(),
                summary.routes(),
                summary.trips());
        return summary;
    }

    /** The timetable of a service day (Games-local date) over all feeds. */
    public Timetable timetable(LocalDate serviceDay) {
        return timetables.get(serviceDay);
    }

    private Timetable build(LocalDate serviceDay) {
        long start = System.nanoTime();
        Timetable timetable = TimetableBuilder.build(List.copyOf(loaded().values()), serviceDay);
        log.info(
                "Built the timetable of {}: {} stops, {} trips in {} ms",
                serviceDay,
                timetable.stopCount(),
                timetable.tripCount(),
                (System.nanoTime() - start) / 1_000_000);
        return timetable;
    }

    private synchronized Map<String, GtfsFeed> loaded() {
        if (feeds == null) {
            Map<String, GtfsFeed> read = new TreeMap<>();
            Map<String, String> readVersions = new TreeMap<>();
            for (StoredFeeds.StoredFeed feed : stored.listFeeds()) {
                read.put(feed.id(), GtfsFeedReader.read(feed.id(), GtfsFiles.fromZip(feed.content())));
                readVersions.put(feed.id(), feed.version());
            }
            feeds = read;
            versions = readVersions;
        }
        return feeds;
    }

    /**
     * Loads the feeds that another node imported (or replaced) since this node read them. Reading and parsing happen
     * outside the lock, so journeys keep being planned on the previous feeds meanwhile.
     *
     * @return whether anything changed
     */
    @Scheduled(
            fixedDelayString = "${games.travel.feed-refresh-interval:30s}",
            initialDelayString = "${games.travel.feed-refresh-interval:30s}")
    public boolean refresh() {
        Map<String, String> known;
        synchronized (this) {
            if (feeds == null) {
                return false;
            }
            known = versions;
        }
        Map<String, String> current = stored.versions();
        if (current.equals(known)) {
            return false;
        }
        Map<String, GtfsFeed> changed = new TreeMap<>();
        Map<String, String> changedVersions = new TreeMap<>();
        for (var entry : current.entrySet()) {
            if (!entry.getValue().equals(known.get(entry.getKey()))) {
                stored.find(entry.getKey()).ifPresent(feed -> {
                    changed.put(feed.id(), GtfsFeedReader.read(feed.id(), GtfsFiles.fromZip(feed.content())));
                    changedVersions.put(feed.id(), feed.version());
                });
            }
        }
        synchronized (this) {
            Map<String, GtfsFeed> updated = new TreeMap<>(feeds);
            Map<String, String> updatedVersions = new TreeMap<>(versions);
            updated.keySet().retainAll(current.keySet());
            updatedVersions.keySet().retainAll(current.keySet());
            updated.putAll(changed);
            updatedVersions.putAll(changedVersions);
            swap(updated, updatedVersions);
        }
        log.info("Loaded GTFS feeds changed on another node: {}", changed.keySet());
        return true;
    }

    private void swap(Map<String, GtfsFeed> updated, Map<String, String> updatedVersions) {
        feeds = updated;
        versions = updatedVersions;
        timetables.invalidateAll();
    }

    /** Runs a step of an import, telling a broken feed as a 400 problem with its file, line and field. */
    private static <T> T checked(Supplier<T> step) {
        try {
            return step.get();
        } catch (GtfsFeedException broken) {
            Map<String, Object> where = new TreeMap<>();
            if (broken.file() != null) {
                where.put("file", broken.file());
            }
            if (broken.line() != null) {
                where.put("line", broken.line());
            }
            if (broken.field() != null) {
                where.put("field", broken.field());
            }
            throw Problems.problem(HttpStatus.BAD_REQUEST, "invalid-gtfs", broken.getMessage(), where);
        }
    }
}
