package org.gamescloud.ticketing.internal;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/** Lets a purchase request wait (briefly) for the payment callback that settles its order on this node. */
@Component
class Settlements {

    private final Map<UUID, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    void await(UUID orderId, Duration atMost) {
        CompletableFuture<Void> done = waiting.computeIfAbsent(orderId, id -> new CompletableFuture<>());
        try {
            done.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the order stays PAYING; the callback or the reconciler settles it later
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.remove(orderId);
        }
    }

    void settled(UUID orderId) {
        waiting.computeIfAbsent(orderId, id -> new CompletableFuture<>()).complete(null);
    }
}
