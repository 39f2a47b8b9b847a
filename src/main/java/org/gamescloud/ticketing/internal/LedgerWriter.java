package org.gamescloud.ticketing.internal;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.gamescloud.platform.GamesClock;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for purchases: requests wait in a queue while the previous batch commits, then the next batch (new
 * orders, paid or held, and settlements of held ones paid later) is written in one transaction. Sessions are
 * partitioned over the writers by account, so one account's orders are always written by one thread, in order: the
 * account limit checked inside a batch never races another batch on this node. Holder uniqueness across writers is
 * the unique index's job; tickets are inserted in holder-hash order so that two batches wait on each other's rows in
 * one order, not in a deadlock.
 */
class LedgerWriter {

    private final Ledger ledger;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final GamesClock clock;
    private final int batchSize;
    private final List<Partition> partitions = new ArrayList<>();

    LedgerWriter(
            Ledger ledger,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            GamesClock clock,
            int batchSize,
            int writers) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
        for (int i = 0; i < writers; i++) {
            Partition partition = new Partition();
            Thread thread = new Thread(partition, "ticketing-ledger-" + i);
            thread.setDaemon(true);
            partition.thread = thread;
            partitions.add(partition);
            thread.start();
        }
    }

    CompletableFuture<HoldResult> hold(HoldCommand command) {
        Pending pending = new Pending(command, null, new CompletableFuture<>());
        partitionOf(command.account()).queue.add(pending);
        return pending.future.thenApply(HoldResult.class::cast);
    }

    /** Completes with true when the order became PAID, false when it was no longer awaiting payment. */
    CompletableFuture<Boolean> settle(UUID orderId, String account) {
        Pending pending = new Pending(null, orderId, new CompletableFuture<>());
        partitionOf(account).queue.add(pending);
        return pending.future.thenApply(Boolean.class::cast);
    }

    private Partition partitionOf(String account) {
        return partitions.get(Math.floorMod(account.hashCode(), partitions.size()));
    }

    @PreDestroy
    void stop() {
        partitions.forEach(partition -> partition.thread.interrupt());
    }

    private record Pending(HoldCommand hold, UUID settle, CompletableFuture<Object> future) {}

    private final class Partition implements Runnable {

        private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
        private Thread thread;

        @Override
        public void run() {
            List<Pending> batch = new ArrayList<>(batchSize);
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    batch.add(queue.take());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                queue.drainTo(batch, batchSize - 1);
                write(batch);
                batch.clear();
            }
        }

        private void write(List<Pending> batch) {
            List<Pending> holds = batch.stream().filter(p -> p.hold != null).toList();
            List<Pending> settles = batch.stream().filter(p -> p.settle != null).toList();
            try {
                List<Object> answers =
                        transactions.execute(status -> jdbc.execute((ConnectionCallback<List<Object>>) connection -> {
                            List<Object> results = new ArrayList<>();
                            if (!settles.isEmpty()) {
                                Set<UUID> settled = ledger.settle(
                                        connection,
                                        settles.stream().map(Pending::settle).toList(),
                                        clock.now());
                                settles.forEach(p -> results.add(settled.contains(p.settle)));
                            }
                            if (!holds.isEmpty()) {
                                results.addAll(ledger.hold(
                                        connection,
                                        holds.stream().map(Pending::hold).toList(),
                                        clock.now()));
                            }
                            return results;
                        }));
                List<Pending> ordered = new ArrayList<>(settles);
                ordered.addAll(holds);
                for (int i = 0; i < ordered.size(); i++) {
                    ordered.get(i).future.complete(answers.get(i));
                }
            } catch (RuntimeException e) {
                batch.forEach(p -> p.future.completeExceptionally(e));
            }
        }
    }
}
