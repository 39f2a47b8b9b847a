package org.gamescloud.depository.internal;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The self-audit: re-reads what the log has stored and checks it against itself and against what it signed, a slice
 * at a time so that each run stays cheap, sweeping the whole log over and over ({@link StoredLogChecks}). Anything
 * stored that was altered turns the health indicator {@code depository} DOWN, with details, and is logged as an
 * ERROR. The indicator reflects the latest check of each slice: an alteration that is undone turns it UP again at
 * the next sweep, while the ERROR log keeps the record.
 *
 * <p>The audit yields to the real work: after a run it pauses for {@code games.depository.audit-interval} or for
 * {@value #PAUSE_PER_RUN_TIME} times as long as the run took, whichever is longer, so that it never takes more than
 * about 5 % of one core, however large and busy the log (on the peak day it grows by thousands of leaves a second).
 */
@Component("depository")
class DepositoryAudit implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DepositoryAudit.class);

    /** Leaves checked per run: 16 slices of {@link StoredLogChecks#SLICE}. */
    static final long ENTRIES_PER_RUN = 16 * StoredLogChecks.SLICE;

    static final int CHECKPOINTS_PER_RUN = 200;

    /** A run of d is followed by a pause of at least 19 d: at most 5 % of a core. */
    static final int PAUSE_PER_RUN_TIME = 19;

    private final StoredLogChecks checks;
    private final Map<String, List<String>> problems = new ConcurrentHashMap<>();
    private final AtomicLong entryCursor = new AtomicLong();
    private final AtomicLong checkpointCursor = new AtomicLong(-1);
    private final AtomicLong sweeps = new AtomicLong();

    private final DepositoryProperties properties;
    private final ScheduledExecutorService auditor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "depository-audit");
        thread.setDaemon(true);
        return thread;
    });

    DepositoryAudit(StoredLogChecks checks, DepositoryProperties properties) {
        this.checks = checks;
        this.properties = properties;
    }

    /** On its own thread, so that a long run never delays the signing of checkpoints on the shared scheduler. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        auditor.schedule(this::runAndReschedule, properties.auditInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runAndReschedule() {
        long started = System.nanoTime();
        auditSafely();
        try {
            auditor.schedule(this::runAndReschedule, pauseAfter(System.nanoTime() - started), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            // the application is shutting down
        }
    }

    long pauseAfter(long runNanos) {
        return Math.max(properties.auditInterval().toNanos(), PAUSE_PER_RUN_TIME * runNanos);
    }

    @PreDestroy
    void stop() {
        auditor.shutdownNow();
    }

    private void auditSafely() {
        try {
            audit();
        } catch (RuntimeException e) {
            log.warn("Depository self-audit could not run: {}", e.toString());
        }
    }

    void audit() {
        long size = checks.treeSize();
        long from = entryCursor.get() >= size ? 0 : entryCursor.get();
        long to = Math.min(size, from + ENTRIES_PER_RUN);
        for (long slice = from; slice < to; slice += StoredLogChecks.SLICE) {
            record("entries " + slice, checks.checkSlice(slice, size));
        }
        record("upper subtrees", checks.checkUpperSubtrees(size));
        entryCursor.set(to);

        StoredLogChecks.CheckpointChecks checkpoints =
                checks.checkCheckpoints(checkpointCursor.get(), CHECKPOINTS_PER_RUN);
        record("checkpoints after " + checkpointCursor.get(), checkpoints.problems());
        checkpointCursor.set(checkpoints.lastChecked());
        if (to >= size && checkpoints.reachedLatest()) {
            entryCursor.set(0);
            checkpointCursor.set(-1);
            sweeps.incrementAndGet();
        }
    }

    private void record(String slice, List<String> found) {
        List<String> before = found.isEmpty() ? problems.remove(slice) : problems.put(slice, found);
        if (!found.isEmpty() && !Objects.equals(before, found)) {
            log.error("Depository self-audit: stored data was altered ({}): {}", slice, found);
        } else if (found.isEmpty() && before != null) {
            log.warn("Depository self-audit: {} agrees with the log again", slice);
        }
    }

    @Override
    public Health health() {
        List<String> found = new ArrayList<>();
        problems.values().forEach(found::addAll);
        Health.Builder health = found.isEmpty()
                ? Health.up()
                : Health.down().withDetail("problems", found.stream().limit(20).toList());
        return health.withDetail("completedSweeps", sweeps.get())
                .withDetail("entryCursor", entryCursor.get())
                .build();
    }
}
