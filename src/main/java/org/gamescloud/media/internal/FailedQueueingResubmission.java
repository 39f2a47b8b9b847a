package org.gamescloud.media.internal;

import java.time.Duration;
import org.gamescloud.live.LiveUpdatePublished;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries the queuing of live updates whose listener failed (the database was unreachable for a moment), so that no
 * update waits for the next restart to reach the partners' queues. The queuing is idempotent, so a publication
 * resubmitted twice queues nothing twice. The filter is by event type (the listener's identifier is not public API):
 * a failed listener of {@code LiveUpdatePublished} in another module is retried too, as the registry's at-least-once
 * contract already allows.
 */
@Component
class FailedQueueingResubmission {

    private final FailedEventPublications failed;
    private final Duration minimumAge;

    FailedQueueingResubmission(
            FailedEventPublications failed,
            @Value("${games.media.queueing.resubmit-failed-after:30s}") Duration minimumAge) {
        this.failed = failed;
        this.minimumAge = minimumAge;
    }

    @Scheduled(
            fixedDelayString = "${games.media.queueing.resubmit-interval:60s}",
            initialDelayString = "${games.media.queueing.resubmit-interval:60s}")
    void resubmitFailedQueueing() {
        failed.resubmit(ResubmissionOptions.defaults()
                .withMinAge(minimumAge)
                .withFilter(FailedQueueingResubmission::isQueueingOfALiveUpdate));
    }

    static boolean isQueueingOfALiveUpdate(EventPublication publication) {
        return publication.getEvent() instanceof LiveUpdatePublished;
    }
}
