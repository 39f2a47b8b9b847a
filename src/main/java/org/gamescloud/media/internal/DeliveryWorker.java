package org.gamescloud.media.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers the queues of this node's leased partners: for each partner, in id order, one update at a time, the next
 * only after a 2xx; after a failure the partner is left alone until its back-off ends and the same update is tried
 * again, so nothing is ever skipped. It polls every {@code poll-interval} and is woken at once when an update is
 * queued on this node. Several nodes may run it against one database: the partner lease lets one deliver at a time.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryQueue queue;
    private final PartnerEndpoint endpoint;
    private final DeliveryMetrics metrics;
    private final DeliveryProperties properties;
    private final Backoff backoff;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong claims = new AtomicLong();
    private final RandomGenerator random = RandomGenerator.getDefault();

    private volatile boolean running;
    private ScheduledExecutorService dispatcher;
    private ExecutorService senders;
    private Semaphore freeSenders;

    DeliveryWorker(
            DeliveryQueue queue, PartnerEndpoint endpoint, DeliveryMetrics metrics, DeliveryProperties properties) {
        this.queue = queue;
        this.endpoint = endpoint;
        this.metrics = metrics;
        this.properties = properties;
        this.backoff = properties.backoff();
    }

    /** Looks for work as soon as an update just queued may go out, rather than at the next poll. */
    void wake() {
        ScheduledExecutorService current = dispatcher;
        if (running && current != null) {
            try {
                current.execute(this::dispatch);
            } catch (RuntimeException rejectedWhileStopping) {
                // the node is stopping; the queue is durable and another node (or the next start) delivers it
            }
        }
    }

    private void dispatch() {
        try {
            int free = freeSenders.availablePermits();
            if (!running || free == 0) {
                return;
            }
            List<DeliveryQueue.Lease> leases =
                    queue.claim(node + "#" + claims.incrementAndGet(), free, properties.lease());
            for (DeliveryQueue.Lease lease : leases) {
                freeSenders.acquireUninterruptibly();
                try {
                    senders.execute(() -> {
                        try {
                            deliver(lease);
                        } finally {
                            freeSenders.release();
                        }
                    });
                } catch (RuntimeException rejectedWhileStopping) {
                    freeSenders.release();
                    queue.release(lease);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Media push: looking for partners to deliver to failed; retrying at the next poll", e);
        }
    }

    private void deliver(DeliveryQueue.Lease lease) {
        try {
            boolean holding = true;
            int failedBefore = lease.failedAttempts();
            while (running && holding) {
                List<StoredUpdate> head = queue.head(lease.partner(), properties.batchSize());
                if (head.isEmpty()) {
                    break;
                }
                for (StoredUpdate update : head) {
                    if (!running) {
                        break;
                    }
                    if (!pushOne(lease, update, failedBefore)) {
                        holding = false;
                        break;
                    }
                    failedBefore = 0;
                }
            }
            if (holding) {
                queue.release(lease);
            }
        } catch (RuntimeException e) {
            log.warn("Media push to partner {} stopped; its lease runs out and delivery resumes", lease.partner(), e);
        }
    }

    /** {@code true} when the update was acknowledged and the lease is still ours. */
    private boolean pushOne(DeliveryQueue.Lease lease, StoredUpdate update, int failedBefore) {
        long started = System.nanoTime();
        PartnerEndpoint.Attempt attempt = endpoint.push(lease, update);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (attempt.acknowledged()) {
            metrics.delivered(lease.partner(), took);
            if (failedBefore > 0) {
                log.info("Media push to partner {} recovered after {} failed attempts", lease.partner(), failedBefore);
            }
            return queue.acknowledge(lease, update.id(), properties.lease());
        }
        metrics.failed(lease.partner(), took);
        int failures = failedBefore + 1;
        Duration delay = backoff.delayAfter(failures, random);
        queue.fail(lease, attempt.error(), delay);
        if (failures == 1 || log.isDebugEnabled()) {
            // once per outage at INFO: a partner down for hours must not flood the log
            log.atLevel(failures == 1 ? Level.INFO : Level.DEBUG)
                    .log(
                            "Media push of update {} to partner {} failed ({}), attempt {}; retrying in {} ms",
                            update.id(),
                            lease.partner(),
                            attempt.error(),
                            failures,
                            delay.toMillis());
        }
        return false;
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        freeSenders = new Semaphore(properties.threads());
        senders = Executors.newFixedThreadPool(properties.threads(), threads("media-push-"));
        dispatcher = Executors.newSingleThreadScheduledExecutor(threads("media-push-dispatch-"));
        running = true;
        dispatcher.scheduleWithFixedDelay(
                this::dispatch, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (dispatcher != null) {
            dispatcher.shutdownNow();
            senders.shutdown();
            try {
                if (!senders.awaitTermination(properties.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                    senders.shutdownNow();
                }
            } catch (InterruptedException e) {
                senders.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
