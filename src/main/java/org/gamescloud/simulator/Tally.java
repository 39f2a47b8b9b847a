package org.gamescloud.simulator;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What has happened so far in a run, counted from the threads that send; read by the progress line. */
final class Tally {

    static final int REFUSALS_KEPT = 5;

    /** A refused message, for the summary. */
    record Refusal(Message message, int status, String detail) {}

    private final long startedNanos = System.nanoTime();
    private final int units;
    private final Map<String, AtomicInteger> outstanding = new ConcurrentHashMap<>();
    private final AtomicInteger unitsDone = new AtomicInteger();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final Map<Status, AtomicLong> sentByStatus = new EnumMap<>(Status.class);
    private final Map<Status, AtomicLong> refusedByStatus = new EnumMap<>(Status.class);
    private final Map<Integer, AtomicLong> failuresByHttpStatus = new ConcurrentHashMap<>();
    private final List<Refusal> firstRefusals = new ArrayList<>();
    private final List<Long> latencies = new ArrayList<>();
    private final Set<String> official = ConcurrentHashMap.newKeySet();
    private volatile OffsetDateTime gamesTime;
    private volatile Answer correction;

    /** How the correction was answered: its unit and note, and its HTTP status (and problem if refused). */
    record Answer(String unitCode, String note, int status, String detail) {}

    Tally(List<Message> timeline) {
        timeline.forEach(message -> outstanding
                .computeIfAbsent(message.unitCode(), unit -> new AtomicInteger())
                .incrementAndGet());
        this.units = outstanding.size();
        for (Status status : Status.values()) {
            sentByStatus.put(status, new AtomicLong());
            refusedByStatus.put(status, new AtomicLong());
        }
    }

    void reached(OffsetDateTime gamesTime) {
        this.gamesTime = gamesTime;
    }

    synchronized void requestTook(long nanos) {
        latencies.add(nanos);
    }

    /**
     * @param status the HTTP status of the message (its line's, in a batch), or 0 if there was no answer
     */
    void answered(Message message, int status, String detail) {
        answered.incrementAndGet();
        sentByStatus.get(message.status()).incrementAndGet();
        boolean accepted = status >= 200 && status < 300;
        if (!accepted) {
            refused.incrementAndGet();
            refusedByStatus.get(message.status()).incrementAndGet();
            failuresByHttpStatus
                    .computeIfAbsent(status, code -> new AtomicLong())
                    .incrementAndGet();
            synchronized (firstRefusals) {
                if (firstRefusals.size() < REFUSALS_KEPT) {
                    firstRefusals.add(new Refusal(message, status, detail));
                }
            }
        }
        if (accepted && message.status() == Status.OFFICIAL) {
            official.add(message.unitCode());
        }
        if (message.isCorrection()) {
            correction = new Answer(message.unitCode(), message.note(), status, detail);
        }
        AtomicInteger left = outstanding.get(message.unitCode());
        if (left != null && left.decrementAndGet() == 0) {
            unitsDone.incrementAndGet();
        }
    }

    /** Whether the server accepted an OFFICIAL message of the unit. */
    boolean isOfficial(String unitCode) {
        return official.contains(unitCode);
    }

    int units() {
        return units;
    }

    int unitsDone() {
        return unitsDone.get();
    }

    long answered() {
        return answered.get();
    }

    long refused() {
        return refused.get();
    }

    OffsetDateTime gamesTime() {
        return gamesTime;
    }

    double elapsedSeconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    double messagesPerSecond() {
        double seconds = elapsedSeconds();
        return seconds <= 0 ? 0 : answered() / seconds;
    }

    Summary summary() {
        Map<Status, Long> sent = new EnumMap<>(Status.class);
        Map<Status, Long> refusedOf = new EnumMap<>(Status.class);
        sentByStatus.forEach((status, count) -> sent.put(status, count.get()));
        refusedByStatus.forEach((status, count) -> refusedOf.put(status, count.get()));
        Map<Integer, Long> failures = new TreeMap<>();
        failuresByHttpStatus.forEach((status, count) -> failures.put(status, count.get()));
        List<Long> sorted;
        synchronized (this) {
            sorted = latencies.stream().sorted().toList();
        }
        synchronized (firstRefusals) {
            return new Summary(
                    answered(),
                    refused(),
                    sent,
                    refusedOf,
                    failures,
                    percentile(sorted, 50),
                    percentile(sorted, 99),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6,
                    sorted.size(),
                    elapsedSeconds(),
                    units,
                    unitsDone(),
                    List.copyOf(firstRefusals),
                    correction);
        }
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
