package org.gamescloud.live.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gamescloud.results.ResultStatus;

/**
 * Drives a {@link CoalescingPolicy} as the publisher does: updates written as {@code "U1:LIVE"} (or {@code "medals"})
 * join the pending ones, and what the plan publishes comes back as {@code "U1:LIVE#seq"}.
 */
final class CoalescingPolicyProbe {

    private final CoalescingPolicy policy;
    private final List<PendingUpdate> pending = new ArrayList<>();
    private final List<Long> discarded = new ArrayList<>();
    private long seq;

    CoalescingPolicyProbe(long interval_ms) {
        this.policy = new CoalescingPolicy(Duration.ofMillis(interval_ms));
    }

    List<String> offer(long now_ns, String... updates) {
        for (String update : updates) {
            pending.add(parse(++seq, update));
        }
        CoalescingPolicy.Plan plan = policy.plan(List.copyOf(pending), now_ns);
        discarded.addAll(plan.discard());
        pending.removeIf(update -> plan.discard().contains(update.seq()));
        pending.removeAll(plan.publish());
        return plan.publish().stream()
                .map(update -> (update.isResult() ? update.unitCode() + ":" + update.status() : update.name()) + "#"
                        + update.seq())
                .toList();
    }

    List<Long> discarded() {
        return discarded;
    }

    private static PendingUpdate parse(long seq, String update) {
        if (update.equals(PendingUpdate.MEDALS)) {
            return new PendingUpdate(seq, PendingUpdate.MEDALS, "E", null, null, Set.of(), "[]", Instant.EPOCH);
        }
        String[] parts = update.split(":");
        return new PendingUpdate(
                seq,
                PendingUpdate.RESULT,
                "E",
                parts[0],
                ResultStatus.valueOf(parts[1]),
                Set.of(),
                "{}",
                Instant.EPOCH);
    }
}
