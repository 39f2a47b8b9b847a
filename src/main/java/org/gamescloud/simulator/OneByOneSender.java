package org.gamescloud.simulator;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One request per message, to {@code POST /api/results/units/{unitCode}}. Units are sent in parallel; each unit has
 * one lane, so that its messages arrive in sequence order, as the server requires.
 */
final class OneByOneSender implements Sender {

    private final GamesApi api;
    private final Tally tally;
    private final ExecutorService threads;
    private final Map<String, CompletableFuture<Void>> lanes = new ConcurrentHashMap<>();

    OneByOneSender(GamesApi api, Tally tally, int concurrency) {
        this.api = api;
        this.tally = tally;
        this.threads = Executors.newFixedThreadPool(concurrency, task -> {
            Thread thread = new Thread(task, "simulator-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void send(Message message) {
        lanes.compute(
                message.unitCode(),
                (unit, lane) -> (lane == null ? CompletableFuture.<Void>completedFuture(null) : lane)
                        .thenRunAsync(() -> deliver(message), threads));
    }

    /** Never fails, so that one message gone wrong does not stop the rest of its unit's lane. */
    private void deliver(Message message) {
        try {
            GamesApi.Reply reply = api.post(message);
            tally.requestTook(reply.nanos());
            tally.answered(message, reply.status(), reply.isSuccess() ? null : reply.detail());
        } catch (RuntimeException e) {
            tally.answered(message, 0, String.valueOf(e));
        }
    }

    @Override
    public void flush() {
        // every message is on its way as soon as it is sent
    }

    @Override
    public void finish() {
        CompletableFuture.allOf(lanes.values().toArray(CompletableFuture[]::new))
                .join();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
