package org.gamescloud.simulator;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of a run, as printed at its end.
 *
 * @param messages messages answered (accepted or refused)
 * @param failuresByHttpStatus refused messages by HTTP status; 0 counts messages that got no answer
 * @param p50Millis median request latency; a batch is one request
 * @param correction how the day's correction was answered, or null if none was sent
 */
record Summary(
        long messages,
        long refused,
        Map<Status, Long> sentByStatus,
        Map<Status, Long> refusedByStatus,
        Map<Integer, Long> failuresByHttpStatus,
        double p50Millis,
        double p99Millis,
        double maxMillis,
        int requests,
        double elapsedSeconds,
        int units,
        int unitsDone,
        List<Tally.Refusal> firstRefusals,
        Tally.Answer correction) {

    boolean hasServerErrors() {
        return failuresByHttpStatus.keySet().stream().anyMatch(status -> status >= 500 || status == 0);
    }

    void print(PrintStream out) {
        out.printf(
                "Done in %.1f s: %,d messages for %,d units (%,d accepted, %,d refused), %.0f messages/s%n",
                elapsedSeconds,
                messages,
                units,
                messages - refused,
                refused,
                elapsedSeconds > 0 ? messages / elapsedSeconds : 0);
        out.println("  by status:   "
                + sentByStatus.entrySet().stream()
                        .filter(entry -> entry.getValue() > 0)
                        .map(entry -> entry.getKey() + " " + entry.getValue()
                                + (refusedByStatus.get(entry.getKey()) > 0
                                        ? " (" + refusedByStatus.get(entry.getKey()) + " refused)"
                                        : ""))
                        .collect(Collectors.joining(" · ")));
        out.println("  HTTP errors: "
                + (failuresByHttpStatus.isEmpty()
                        ? "none"
                        : failuresByHttpStatus.entrySet().stream()
                                .map(entry ->
                                        (entry.getKey() == 0 ? "no answer" : entry.getKey()) + " × " + entry.getValue())
                                .collect(Collectors.joining(" · "))));
        out.printf(
                "  latency:     p50 %.1f ms · p99 %.1f ms · max %.1f ms over %,d requests%n",
                p50Millis, p99Millis, maxMillis, requests);
        out.println("  correction:  "
                + (correction == null
                        ? "none (no medal unit became official with its first two of different NOCs)"
                        : correction.unitCode() + " \"" + correction.note() + "\" → "
                                + (correction.status() / 100 == 2 ? "accepted" : "refused: " + correction.detail())));
        for (Tally.Refusal refusal : firstRefusals) {
            out.printf(
                    "  refused:     %s %s → %s %s%n",
                    refusal.message().unitCode(),
                    refusal.message().status(),
                    refusal.status() == 0 ? "no answer" : refusal.status(),
                    refusal.detail());
        }
    }
}
