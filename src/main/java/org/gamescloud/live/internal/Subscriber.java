package org.gamescloud.live.internal;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.gamescloud.live.LiveUpdatePublished;

/**
 * One SSE client of this node: a bounded queue of frames written with non-blocking servlet I/O, so that a client that
 * stops reading never holds a thread. Whoever offers a frame (the hub's fan-out thread), the container (when the
 * socket takes bytes again) or the heartbeat drains the queue in its own thread, one drain at a time, until the
 * queue is empty or the socket is full; a full socket ends the drain, and the container calls again when it has room.
 * A client whose queue fills up is dropped with a {@code resync} event instead of slowing the hub. The drain first
 * replays from the stored log what the client asked for ({@code Last-Event-ID}) up to where the hub took over, then
 * writes what the hub offers (every matching update, in id order), skipping what the replay already wrote: nothing
 * missed, nothing twice. Frames of one drain go out with a single flush.
 */
final class Subscriber implements WriteListener {

    private static final Object HEARTBEAT = new Object();
    private static final Object RESYNC = new Object();
    private static final int PAGE = 500;

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final LiveFilter filter;
    private final LiveLog log;
    private final Frames queue;
    /** Drain requests not yet served; the one that raises it from zero drains (and serves later ones too). */
    private final AtomicInteger wanted = new AtomicInteger();

    private volatile boolean started;
    private volatile boolean dropped;
    private volatile boolean closed;
    private volatile Runnable onClose = () -> {};
    /** When bytes last went out ({@link System#nanoTime()}), to spare a heartbeat to a stream that is not idle. */
    private volatile long lastWritten_ns = System.nanoTime();

    // Touched only by the drain after start: the last id written or passed over, where the replay ends, the
    // replay's current page, whether bytes wait for a flush, whether the resync event was written.
    private long cursor;
    private long replayUpTo;
    private final Deque<LiveUpdatePublished> replayPage = new ArrayDeque<>();
    private boolean opened;
    private boolean unflushed;
    private boolean ending;

    Subscriber(AsyncContext async, ServletOutputStream out, LiveFilter filter, LiveLog log, int buffer) {
        this.async = async;
        this.out = out;
        this.filter = filter;
        this.log = log;
        this.queue = new Frames(buffer);
    }

    /**
     * Sets where writing starts: from {@code lastEventId} if the client gave one (replaying from the log up to
     * {@code lastDispatched}), else from what comes after {@code lastDispatched}. The next {@link #drain()} writes
     * the response headers and an opening comment first, so a client that sees them is already subscribed.
     */
    void start(Long lastEventId, long lastDispatched, Runnable onClose) {
        this.onClose = onClose;
        this.cursor = lastEventId == null ? lastDispatched : lastEventId;
        this.replayUpTo = lastDispatched;
        started = true;
    }

    /**
     * Queues a frame without writing it; {@link #drain()} writes what was queued. A full queue is drained first (a
     * batch may bring more frames than the queue holds); only a client whose socket does not take them is dropped.
     */
    void enqueue(SseFrame frame) {
        if (dropped || closed) {
            return;
        }
        if (!queue.offer(frame) && !(drainNow() && queue.offer(frame))) {
            dropped = true;
            queue.clear();
            queue.add(RESYNC);
        }
    }

    /**
     * Queues a heartbeat comment if nothing went out since {@code idleSince_ns}: a stream that gets updates needs none,
     * and at 10,000 streams a heartbeat to each is a burst of writes that delays the updates of that moment.
     */
    void offerHeartbeat(long idleSince_ns) {
        if (lastWritten_ns - idleSince_ns > 0) {
            return;
        }
        if (!dropped && !closed && queue.isEmpty() && queue.offer(HEARTBEAT)) {
            drain();
        }
    }

    /** The one unit this subscriber follows, or null. */
    String unit() {
        return filter.unit();
    }

    boolean wants(LiveUpdatePublished update) {
        return filter.matches(update);
    }

    /** Writes what is queued as far as the socket takes it, in this thread, unless another thread drains already. */
    void drain() {
        if (wanted.getAndIncrement() != 0) {
            return;
        }
        int served = 1;
        do {
            try {
                if (started && !closed) {
                    writeWhileReady();
                }
            } catch (IOException | RuntimeException gone) {
                close();
            }
            served = wanted.addAndGet(-served);
        } while (served != 0);
    }

    /** Drains in this thread; false if another thread is draining. */
    private boolean drainNow() {
        if (wanted.get() != 0) {
            return false;
        }
        drain();
        return true;
    }

    /** The container: the socket takes bytes again after a drain stopped on a full one. */
    @Override
    public void onWritePossible() {
        drain();
    }

    @Override
    public void onError(Throwable failure) {
        close();
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        onClose.run();
        try {
            async.complete();
        } catch (RuntimeException alreadyOver) {
            // The client went away first: nothing left to complete.
        }
    }

    /** Writes until nothing is left or the socket is full (the container then calls {@link #onWritePossible()}). */
    private void writeWhileReady() throws IOException {
        while (!closed && out.isReady()) {
            if (!ending && writeNext()) {
                continue;
            }
            if (unflushed) {
                unflushed = false;
                out.flush();
                lastWritten_ns = System.nanoTime();
            } else {
                if (ending) {
                    close();
                }
                return;
            }
        }
    }

    /** Writes (or passes over) the next frame; false when there is none. */
    private boolean writeNext() throws IOException {
        if (!opened) {
            opened = true;
            out.write(SseFrame.OPENING);
            unflushed = true;
            return true;
        }
        if (cursor < replayUpTo) {
            replayNext();
            return true;
        }
        Object item = queue.poll();
        if (item == null) {
            return false;
        }
        if (item == RESYNC) {
            out.write(SseFrame.RESYNC);
            unflushed = true;
            ending = true; // closes once the socket took the event
        } else if (item == HEARTBEAT) {
            out.write(SseFrame.HEARTBEAT);
            unflushed = true;
        } else {
            SseFrame frame = (SseFrame) item;
            if (frame.id() > cursor) {
                write(frame.update(), frame.bytes());
            }
        }
        return true;
    }

    private void replayNext() throws IOException {
        if (replayPage.isEmpty()) {
            replayPage.addAll(log.listBetween(cursor, replayUpTo, PAGE));
            if (replayPage.isEmpty()) {
                cursor = replayUpTo;
                return;
            }
        }
        LiveUpdatePublished update = replayPage.poll();
        write(update, null);
    }

    private void write(LiveUpdatePublished update, byte[] encoded) throws IOException {
        cursor = update.id();
        if (filter.matches(update)) {
            out.write(encoded == null ? SseFrame.of(update).bytes() : encoded);
            unflushed = true;
        }
    }

    /**
     * A bounded lock-free queue: offered to by the fan-out thread and the heartbeat, polled by the drain. Takes no
     * memory for room it does not use, unlike an array-backed queue (10,000 idle streams).
     */
    private static final class Frames {

        private final ConcurrentLinkedQueue<Object> items = new ConcurrentLinkedQueue<>();
        private final AtomicInteger size = new AtomicInteger();
        private final int capacity;

        Frames(int capacity) {
            this.capacity = capacity;
        }

        boolean offer(Object item) {
            if (size.incrementAndGet() > capacity) {
                size.decrementAndGet();
                return false;
            }
            items.add(item);
            return true;
        }

        /** Adds past the capacity: the last item of a dropped client. */
        void add(Object item) {
            size.incrementAndGet();
            items.add(item);
        }

        Object poll() {
            Object item = items.poll();
            if (item != null) {
                size.decrementAndGet();
            }
            return item;
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        void clear() {
            while (poll() != null) {
                // dropping what the client will never get: it resyncs
            }
        }
    }
}
