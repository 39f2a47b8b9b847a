package org.gamescloud.live.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.gamescloud.live.LiveUpdatePublished;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's SSE subscribers and the updates it has handed them. Updates arrive from the bus in id order, possibly
 * with duplicates or holes (a lost message, a node that crashed between commit and send): duplicates are dropped
 * and holes filled from the stored log, so every subscriber is offered every id once, in order. Offering never
 * blocks: the subscribers are shared among a few {@link SubscriberStripe stripes}, each with a thread that hands
 * every batch to its subscribers (only the updates their filter matches), and each subscriber has its own bounded
 * queue written with non-blocking I/O.
 */
@Component
class LiveHub implements SmartLifecycle {

    private static final int PAGE = 1000;

    private final LiveLog log;
    private final SubscriberStripe[] stripes;
    private final long heartbeat_ns;
    private long lastDispatched = -1;
    private volatile boolean running;

    LiveHub(LiveLog log, LiveProperties properties) {
        this.log = log;
        this.heartbeat_ns = properties.heartbeat().toNanos();
        this.stripes = IntStream.range(0, Math.max(1, properties.writerThreads()))
                .mapToObj(SubscriberStripe::new)
                .toArray(SubscriberStripe[]::new);
    }

    synchronized void dispatch(List<LiveUpdatePublished> updates) {
        List<SseFrame> batch = new ArrayList<>(updates.size());
        for (LiveUpdatePublished update : updates) {
            if (update.id() <= lastDispatched()) {
                continue;
            }
            if (update.id() > lastDispatched + 1) {
                fillFromLog(update.id() - 1, batch);
            }
            add(update, batch);
        }
        fanOut(batch);
    }

    /** Hands out what the bus did not bring: runs on every node, whatever the bus. */
    @Scheduled(
            fixedDelayString = "${games.live.catch-up-interval:1s}",
            initialDelayString = "${games.live.catch-up-interval:1s}")
    void catchUp() {
        long stored = log.lastId();
        synchronized (this) {
            if (stored > lastDispatched()) {
                List<SseFrame> batch = new ArrayList<>();
                fillFromLog(stored, batch);
                fanOut(batch);
            }
        }
    }

    @Scheduled(fixedDelayString = "${games.live.heartbeat:15s}", initialDelayString = "${games.live.heartbeat:15s}")
    void heartbeat() {
        // Streams written to within half the interval are left alone: none goes quiet for more than 1.5 intervals.
        long idleSince_ns = System.nanoTime() - heartbeat_ns / 2;
        forEachSubscriber(subscriber -> subscriber.offerHeartbeat(idleSince_ns));
    }

    /**
     * Starts a subscriber from {@code lastEventId} (null: from now on): it gets every later update from this hub,
     * and finds the ones it asked for that the hub handed out before in the log.
     */
    void subscribe(Subscriber subscriber, Long lastEventId) {
        synchronized (this) {
            // At random rather than in turn: the followers of one unit, who often arrive in a pattern, spread over
            // every stripe, and an update reaches them in parallel.
            SubscriberStripe stripe = stripes[ThreadLocalRandom.current().nextInt(stripes.length)];
            stripe.add(subscriber);
            subscriber.start(lastEventId, lastDispatched(), () -> stripe.remove(subscriber));
        }
        // Out of the lock: a replay reads the log, and dispatching need not wait for it.
        subscriber.drain();
    }

    /** Ends every stream before the web server shuts down gracefully: open streams would hold it up. */
    @Override
    public void stop() {
        running = false;
        List<Subscriber> open = new ArrayList<>();
        forEachSubscriber(open::add);
        open.forEach(Subscriber::close);
        Arrays.stream(stripes).forEach(SubscriberStripe::shutdown);
    }

    @Override
    public void start() {
        Arrays.stream(stripes).forEach(SubscriberStripe::start);
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
        return Arrays.stream(stripes).mapToInt(SubscriberStripe::size).sum();
    }

    private long lastDispatched() {
        if (lastDispatched < 0) {
            lastDispatched = log.lastId();
        }
        return lastDispatched;
    }

    private void fillFromLog(long upToId, List<SseFrame> batch) {
        while (lastDispatched < upToId) {
            List<LiveUpdatePublished> missed = log.listBetween(lastDispatched, upToId, PAGE);
            if (missed.isEmpty()) {
                return;
            }
            missed.forEach(update -> add(update, batch));
            if (batch.size() >= PAGE) {
                fanOut(List.copyOf(batch));
                batch.clear();
            }
        }
    }

    /** Encodes the update once for every subscriber. */
    private void add(LiveUpdatePublished update, List<SseFrame> batch) {
        lastDispatched = update.id();
        batch.add(SseFrame.of(update));
    }

    private void fanOut(List<SseFrame> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<SseFrame> frames = List.copyOf(batch);
        for (SubscriberStripe stripe : stripes) {
            stripe.deliver(frames);
        }
    }

    private void forEachSubscriber(Consumer<Subscriber> action) {
        for (SubscriberStripe stripe : stripes) {
            stripe.forEach(action);
        }
    }
}
