package org.gamescloud.live.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.gamescloud.results.ResultStatus;

/**
 * Which pending updates go out now, as ODF recommends for live data: a unit's running updates (start list, live,
 * intermediate, unconfirmed) are merged so that subscribers get at most one per interval per unit (4 per second by
 * default), the latest state winning; UNOFFICIAL, PROTESTED and OFFICIAL results and medal-table changes go out at
 * once and are never merged away. A merged-away update is discarded before it gets an id, so the published stream
 * has no hole a client could miss. Not thread-safe: one publisher owns it.
 */
final class CoalescingPolicy {

    private static final Set<ResultStatus> AT_ONCE =
            EnumSet.of(ResultStatus.UNOFFICIAL, ResultStatus.PROTESTED, ResultStatus.OFFICIAL);

    /**
     * @param publish the updates to publish now, in the order they were written
     * @param discard the sequence numbers of updates superseded by a later state of their unit
     * @param nextDue when a held update falls due ({@link System#nanoTime()} scale), if one is held
     */
    record Plan(List<PendingUpdate> publish, List<Long> discard, OptionalLong nextDue) {}

    private final long interval_ns;
    private final Map<String, Long> lastPublished_ns = new HashMap<>();

    CoalescingPolicy(Duration interval) {
        this.interval_ns = interval.toNanos();
    }

    /**
     * Plans the publication of the pending updates (oldest first, as written) at {@code now_ns}. Updates that are
     * neither published nor discarded are held: offer them again, with anything newer, in a later plan.
     */
    Plan plan(List<PendingUpdate> pending, long now_ns) {
        lastPublished_ns.values().removeIf(at -> now_ns - at >= interval_ns);
        Map<String, Long> latestOfUnit = new HashMap<>();
        for (PendingUpdate update : pending) {
            if (update.isResult() && update.unitCode() != null) {
                latestOfUnit.merge(update.unitCode(), update.seq(), Math::max);
            }
        }
        List<PendingUpdate> publish = new ArrayList<>();
        List<Long> discard = new ArrayList<>();
        long nextDue = Long.MAX_VALUE;
        for (PendingUpdate update : pending) {
            if (!isCoalescable(update)) {
                publish.add(update);
                if (update.isResult()) {
                    lastPublished_ns.put(update.unitCode(), now_ns);
                }
            } else if (update.seq() != latestOfUnit.get(update.unitCode())) {
                discard.add(update.seq());
            } else {
                Long last = lastPublished_ns.get(update.unitCode());
                if (last == null || now_ns - last >= interval_ns) {
                    publish.add(update);
                    lastPublished_ns.put(update.unitCode(), now_ns);
                } else {
                    nextDue = Math.min(nextDue, last + interval_ns);
                }
            }
        }
        return new Plan(
                List.copyOf(publish),
                List.copyOf(discard),
                nextDue == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(nextDue));
    }

    private static boolean isCoalescable(PendingUpdate update) {
        return update.isResult() && update.unitCode() != null && !AT_ONCE.contains(update.status());
    }
}
