package org.gamescloud.live.internal;

import jakarta.servlet.AsyncContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gamescloud.live.LiveUpdatePublished;

/**
 * One SSE client of this node: a bounded queue of frames and a writer that drains it on the shared writer executor,
 * one drain at a time. A client whose queue fills up is dropped with a {@code resync} event instead of slowing the
 * hub. The writer first replays from the stored log what the client asked for ({@code Last-Event-ID}) up to where the
 * hub took over, then writes what the hub offers (every matching update, in id order), skipping what the replay
 * already wrote: nothing missed, nothing twice.
 */
final class Subscriber {

    private static final Object HEARTBEAT = new Object();
    private static final Object RESYNC = new Object();
    private static final int PAGE = 500;
    private static final int FLUSH_EVERY = 64;

    private final AsyncContext async;
    private final OutputStream out;
    private final LiveFilter filter;
    private final LiveLog log;
    private final Executor writers;
    private final BlockingQueue<Object> queue;
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean dropped;
    private volatile boolean closed;
    private volatile Runnable onClose = () -> {};

    /** The last id written or passed over; only the drain touches it after {@link #start}. */
    private long cursor;

    private long replayUpTo;

    Subscriber(AsyncContext async, OutputStream out, LiveFilter filter, LiveLog log, Executor writers, int buffer) {
        this.async = async;
        this.out = out;
        this.filter = filter;
        this.log = log;
        this.writers = writers;
        this.queue = new ArrayBlockingQueue<>(buffer);
    }

    /**
     * Starts writing: from {@code lastEventId} if the client gave one (replaying from the log up to
     * {@code lastDispatched}), else from what comes after {@code lastDispatched}.
     */
    void start(Long lastEventId, long lastDispatched, Runnable onClose) {
        this.onClose = onClose;
        this.cursor = lastEventId == null ? lastDispatched : lastEventId;
        this.replayUpTo = lastDispatched;
        schedule();
    }

    void offer(SseFrame frame) {
        if (dropped || closed) {
            return;
        }
        if (!queue.offer(frame)) {
            dropped = true;
            queue.clear();
            queue.offer(RESYNC);
        }
        schedule();
    }

    void offerHeartbeat() {
        if (!dropped && !closed && queue.isEmpty() && queue.offer(HEARTBEAT)) {
            schedule();
        }
    }

    boolean wants(LiveUpdatePublished update) {
        return filter.matches(update);
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

    private void schedule() {
        if (!closed && draining.compareAndSet(false, true)) {
            writers.execute(this::drain);
        }
    }

    private void drain() {
        try {
            do {
                writeQueued();
                draining.set(false);
            } while (!closed && !queue.isEmpty() && draining.compareAndSet(false, true));
        } catch (IOException | RuntimeException gone) {
            draining.set(false);
            close();
        }
    }

    private void writeQueued() throws IOException {
        if (cursor < replayUpTo) {
            replay(replayUpTo);
        }
        int unflushed = 0;
        Object item;
        while (!closed && (item = queue.poll()) != null) {
            if (item == RESYNC) {
                out.write(SseFrame.RESYNC);
                out.flush();
                close();
                return;
            }
            if (item == HEARTBEAT) {
                out.write(SseFrame.HEARTBEAT);
                unflushed++;
            } else {
                SseFrame frame = (SseFrame) item;
                if (frame.id() <= cursor) {
                    continue;
                }
                unflushed += write(frame) ? 1 : 0;
            }
            if (unflushed >= FLUSH_EVERY) {
                out.flush();
                unflushed = 0;
            }
        }
        if (unflushed > 0) {
            out.flush();
        }
    }

    private void replay(long upToId) throws IOException {
        while (cursor < upToId) {
            List<LiveUpdatePublished> stored = log.listBetween(cursor, upToId, PAGE);
            if (stored.isEmpty()) {
                cursor = upToId;
                break;
            }
            for (LiveUpdatePublished update : stored) {
                write(SseFrame.of(update));
            }
            out.flush();
        }
    }

    private boolean write(SseFrame frame) throws IOException {
        cursor = frame.id();
        if (!filter.matches(frame.update())) {
            return false;
        }
        out.write(frame.bytes());
        return true;
    }
}
