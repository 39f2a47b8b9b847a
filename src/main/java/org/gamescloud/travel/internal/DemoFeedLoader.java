package org.gamescloud.travel.internal;

import java.nio.file.Path;
import org.gamescloud.travel.internal.synthetic.SixCityFeedGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the generated six-city feed routable as feed {@code zj} without anyone uploading it: after start-up, on its own
 * thread so the application answers at once, the feed is generated into {@code games.travel.demo-feed.directory}
 * (only when missing or written by an older generator) and imported through the same path as an uploaded feed. Until
 * then journeys are planned on whatever feeds are already stored.
 */
@Component
@ConditionalOnProperty(name = "games.travel.demo-feed.enabled", havingValue = "true", matchIfMissing = true)
class DemoFeedLoader {

    static final String FEED_ID = "zj";
    private static final Logger log = LoggerFactory.getLogger(DemoFeedLoader.class);

    private final TransitFeeds feeds;
    private final StoredFeeds stored;
    private final Path directory;
    private volatile boolean ready;

    DemoFeedLoader(
            TransitFeeds feeds,
            StoredFeeds stored,
            @Value("${games.travel.demo-feed.directory:./data/travel/six-city}") Path directory) {
        this.feeds = feeds;
        this.stored = stored;
        this.directory = directory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        Thread loader = new Thread(this::load, "travel-demo-feed");
        loader.setDaemon(true);
        loader.start();
    }

    boolean isReady() {
        return ready;
    }

    private void load() {
        try {
            long start = System.nanoTime();
            boolean regenerated =
                    SixCityFeedGenerator.ensureCurrent(directory, line -> log.info("Six-city feed: {}", line));
            if (regenerated || !stored.contains(FEED_ID)) {
                feeds.importFeed(FEED_ID, directory);
            }
            ready = true;
            log.info(
                    "The six-city transit feed '{}' is routable ({} ms)",
                    FEED_ID,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("The six-city transit feed could not be loaded; journeys use the other stored feeds", e);
        }
    }
}
