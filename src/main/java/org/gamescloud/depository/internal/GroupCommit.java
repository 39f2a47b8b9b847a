package org.gamescloud.depository.internal;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Group commit of single appends: concurrent callers each hand over one entry and wait; one committer thread appends
 * whatever has queued up meanwhile in one transaction, then tells each caller its index. A caller is answered only
 * after the transaction holding its entry committed, so an acknowledged entry is durable; under load, one commit
 * (one fsync) serves many callers, which is where a durable log's single-append throughput is lost otherwise.
 */
@Component
class GroupCommit implements AutoCloseable {

    static final int MAX_GROUP = 1_000;

    private record Pending(byte[] entry, CompletableFuture<DepositoryLog.Appended> appended) {}

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Function<List<byte[]>, List<DepositoryLog.Appended>> appendAll;
    private final Thread committer;

    @Autowired
    GroupCommit(DepositoryLog log) {
        this(log::appendAll);
    }

    GroupCommit(Function<List<byte[]>, List<DepositoryLog.Appended>> appendAll) {
        this.appendAll = appendAll;
        this.committer = new Thread(this::commitLoop, "depository-group-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /** Blocks until the entry is committed; the entries of one caller keep their order. */
    DepositoryLog.Appended append(byte[] entry) {
        CompletableFuture<DepositoryLog.Appended> appended = new CompletableFuture<>();
        queue.add(new Pending(entry, appended));
        try {
            return appended.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the entry was being appended", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** Entries waiting for the next commit. */
    int waiting() {
        return queue.size();
    }

    private void commitLoop() {
        List<Pending> group = new ArrayList<>(MAX_GROUP);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(group, MAX_GROUP - 1);
            commit(group);
            group.clear();
        }
    }

    private void commit(List<Pending> group) {
        try {
            List<DepositoryLog.Appended> appended =
                    appendAll.apply(group.stream().map(Pending::entry).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).appended().complete(appended.get(i));
            }
        } catch (RuntimeException e) {
            group.forEach(pending -> pending.appended().completeExceptionally(e));
        }
    }

    @Override
    @PreDestroy
    public void close() {
        committer.interrupt();
    }
}
