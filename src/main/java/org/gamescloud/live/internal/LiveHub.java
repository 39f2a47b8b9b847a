package org.gamescloud.live.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gamescloud.live.LiveUpdatePublished;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's SSE subscribers and the updates it has handed them. Updates arrive from the bus in id order, possibly
 * with duplicates or holes (a lost message, a node that crashed between commit and send): duplicates are dropped
 * and holes filled from the stored log, so every subscriber is offered every id once, in order. Offering never
 * blocks: each subscriber has its own bounded queue and writer, and gets only the updates its filter matches.
 */
@Component
class LiveHub implements SmartLifecycle {

    private static final int PAGE = 1000;

    private final LiveLog log;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private long lastDispatched = -1;
    private volatile boolean running;

    LiveHub(LiveLog log) {
        this.log = log;
    }

    synchronized void dispatch(List<LiveUpdatePublished> updates) {
        long last = lastDispatched();
        for (LiveUpdatePublished update : updates) {
            if (update.id() <= last) {
                continue;
            }
            if (update.id() > last + 1) {
                fillFromLog(update.id() - 1);
            }
            fanOut(update);
            last = update.id();
        }
    }

    /** Hands out what the bus did not bring: runs on every node, whatever the bus. */
    @Scheduled(
            fixedDelayString = "${games.live.catch-up-interval:1s}",
            initialDelayString = "${games.live.catch-up-interval:1s}")
    void catchUp() {
        long stored = log.lastId();
        synchronized (this) {
            if (stored > lastDispatched()) {
                fillFromLog(stored);
            }
        }
    }

    @Scheduled(fixedDelayString = "${games.live.heartbeat:15s}", initialDelayString = "${games.live.heartbeat:15s}")
    void heartbeat() {
        subscribers.forEach(Subscriber::offerHeartbeat);
    }

    /**
     * Starts a subscriber from {@code lastEventId} (null: from now on): it gets every later update from this hub,
     * and finds the ones it asked for that the hub handed out before in the log.
     */
    synchronized void subscribe(Subscriber subscriber, Long lastEventId) {
        subscriber.start(lastEventId, lastDispatched(), () -> unsubscribe(subscriber));
        subscribers.add(subscriber);
    }

    void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /** Ends every stream before the web server shuts down gracefully: open streams would hold it up. */
    @Override
    public void stop() {
        running = false;
        List.copyOf(subscribers).forEach(Subscriber::close);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    int countSubscribers() {
        return subscribers.size();
    }

    private long lastDispatched() {
        if (lastDispatched < 0) {
            lastDispatched = log.lastId();
        }
        return lastDispatched;
    }

    private void fillFromLog(long upToId) {
        while (lastDispatched < upToId) {
            List<LiveUpdatePublished> missed = log.listBetween(lastDispatched, upToId, PAGE);
            if (missed.isEmpty()) {
                return;
            }
            missed.forEach(this::fanOut);
        }
    }

    private void fanOut(LiveUpdatePublished update) {
        lastDispatched = update.id();
        SseFrame frame = SseFrame.of(update);
        for (Subscriber subscriber : subscribers) {
            if (subscriber.wants(update)) {
                subscriber.offer(frame);
            }
        }
    }
}
