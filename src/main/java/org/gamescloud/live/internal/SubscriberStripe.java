package org.gamescloud.live.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * A share of this node's subscribers with the one thread that hands them updates: batches reach every subscriber of
 * the stripe in the order they were delivered, and each subscriber's frames of a batch go out in one drain (one
 * flush). Writes never block (see {@link Subscriber}), so a thread per processor keeps up with thousands of streams.
 * Subscribers that follow one unit (most of them during competition) are kept by unit, so an update visits only
 * those of its unit and the ones that follow no unit, not every stream of the node.
 */
final class SubscriberStripe {

    private final Map<String, Set<Subscriber>> byUnit = new ConcurrentHashMap<>();
    private final Set<Subscriber> ofNoUnit = ConcurrentHashMap.newKeySet();
    private final CustomizableThreadFactory threads;
    private volatile ExecutorService thread;

    SubscriberStripe(int index) {
        this.threads = new CustomizableThreadFactory("live-fanout-" + index + "-");
        threads.setDaemon(true);
        start();
    }

    /** Starts the thread again after {@link #shutdown()} (a stopped application context may be started again). */
    synchronized void start() {
        if (thread == null || thread.isShutdown()) {
            thread = Executors.newSingleThreadExecutor(threads);
        }
    }

    void add(Subscriber subscriber) {
        String unit = subscriber.unit();
        (unit == null ? ofNoUnit : byUnit.computeIfAbsent(unit, any -> ConcurrentHashMap.newKeySet())).add(subscriber);
    }

    void remove(Subscriber subscriber) {
        String unit = subscriber.unit();
        (unit == null ? ofNoUnit : byUnit.getOrDefault(unit, Set.of())).remove(subscriber);
    }

    /** Hands the frames, in order, to the subscribers that want them, after the batches delivered before. */
    void deliver(List<SseFrame> frames) {
        try {
            thread.execute(() -> fanOut(frames));
        } catch (RejectedExecutionException shuttingDown) {
            // The node stops: its streams end, and clients resume elsewhere from their Last-Event-ID.
        }
    }

    void forEach(Consumer<Subscriber> action) {
        ofNoUnit.forEach(action);
        byUnit.values().forEach(followers -> followers.forEach(action));
    }

    int size() {
        return ofNoUnit.size() + byUnit.values().stream().mapToInt(Set::size).sum();
    }

    synchronized void shutdown() {
        thread.shutdown();
    }

    /** Queues each frame for the subscribers that want it, then drains each of them once. */
    private void fanOut(List<SseFrame> frames) {
        Set<Subscriber> offered = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SseFrame frame : frames) {
            String unit = frame.update().unitCode();
            if (unit != null) {
                offer(frame, byUnit.getOrDefault(unit, Set.of()), offered);
            }
            offer(frame, ofNoUnit, offered);
        }
        offered.forEach(Subscriber::drain);
    }

    private static void offer(SseFrame frame, Set<Subscriber> subscribers, Set<Subscriber> offered) {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.wants(frame.update())) {
                subscriber.enqueue(frame);
                offered.add(subscriber);
            }
        }
    }
}
