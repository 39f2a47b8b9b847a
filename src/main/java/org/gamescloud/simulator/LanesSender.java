package org.gamescloud.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Several senders side by side, each on a thread of its own, with every unit always given to the same one: batches
 * are sent in parallel, yet each unit's messages arrive in sequence order, and two batches in flight never hold the
 * same unit (so they never wait for each other's locks).
 */
final class LanesSender implements Sender {

    private final List<Sender> senders = new ArrayList<>();
    private final List<ExecutorService> threads = new ArrayList<>();

    LanesSender(int lanes, Supplier<Sender> sender) {
        for (int i = 0; i < lanes; i++) {
            senders.add(sender.get());
            threads.add(Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "simulator-lane");
                thread.setDaemon(true);
                return thread;
            }));
        }
    }

    @Override
    public void send(Message message) {
        int lane = Math.floorMod(message.unitCode().hashCode(), senders.size());
        threads.get(lane).execute(() -> senders.get(lane).send(message));
    }

    @Override
    public void flush() {
        for (int lane = 0; lane < senders.size(); lane++) {
            Sender sender = senders.get(lane);
            threads.get(lane).execute(sender::flush);
        }
    }

    @Override
    public void finish() {
        List<CompletableFuture<Void>> finished = new ArrayList<>();
        for (int lane = 0; lane < senders.size(); lane++) {
            finished.add(CompletableFuture.runAsync(senders.get(lane)::finish, threads.get(lane)));
        }
        CompletableFuture.allOf(finished.toArray(CompletableFuture[]::new)).join();
    }

    @Override
    public void close() {
        senders.forEach(Sender::close);
        threads.forEach(ExecutorService::shutdownNow);
    }
}
