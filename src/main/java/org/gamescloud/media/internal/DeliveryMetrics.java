package org.gamescloud.media.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Micrometer meters of the push, tagged by partner id: {@code games.media.delivered} (acknowledged updates),
 * {@code games.media.delivery.failures} (failed attempts), {@code games.media.delivery.duration} (one push) and
 * {@code games.media.queue.depth} (queued updates, read from the database, so every node reports the same).
 */
@Component
class DeliveryMetrics {

    private final MeterRegistry registry;
    private final DeliveryQueue queue;
    private final MultiGauge depth;

    DeliveryMetrics(MeterRegistry registry, DeliveryQueue queue) {
        this.registry = registry;
        this.queue = queue;
        this.depth = MultiGauge.builder("games.media.queue.depth")
                .description("Updates queued for a media partner, not yet acknowledged")
                .register(registry);
    }

    void delivered(PartnerId partner, Duration took) {
        Counter.builder("games.media.delivered")
                .description("Updates acknowledged by a media partner")
                .tag("partner", partner.toString())
                .register(registry)
                .increment();
        duration(partner, took);
    }

    void failed(PartnerId partner, Duration took) {
        Counter.builder("games.media.delivery.failures")
                .description("Failed push attempts to a media partner")
                .tag("partner", partner.toString())
                .register(registry)
                .increment();
        duration(partner, took);
    }

    private void duration(PartnerId partner, Duration took) {
        Timer.builder("games.media.delivery.duration")
                .description("One push to a media partner, until its answer or failure")
                .tag("partner", partner.toString())
                .register(registry)
                .record(took);
    }

    @Scheduled(fixedDelayString = "${games.media.metrics.refresh-interval:10s}", initialDelayString = "1s")
    void refreshQueueDepths() {
        depth.register(
                queue.depths().entrySet().stream()
                        .map(entry -> MultiGauge.Row.of(
                                Tags.of("partner", entry.getKey().toString()), entry.getValue()))
                        .toList(),
                true);
    }
}
