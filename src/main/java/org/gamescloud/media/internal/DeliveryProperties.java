package org.gamescloud.media.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the delivery worker of each node pushes to partners (see {@code docs/media-push.md}).
 *
 * @param enabled whether this node delivers at all (queuing and resend work regardless)
 * @param threads partners served at once by this node; each partner's queue is delivered by one thread at a time
 * @param pollInterval how often the node looks for partners with queued updates (a local update wakes it at once)
 * @param batchSize queued updates read at a time per partner
 * @param backoffInitial the wait after the first failed attempt; it doubles with every further failure
 * @param backoffMax the longest wait between two attempts
 * @param connectTimeout TCP connect timeout of a push
 * @param requestTimeout the whole push, from sending to the partner's status line
 * @param lease how long a node holds a partner without renewing it (renewed after every delivery); another node takes
 *     over a partner whose lease ran out (its node died), so it must exceed the request timeout
 */
@ConfigurationProperties("games.media.delivery")
record DeliveryProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("4") int threads,
        @DefaultValue("250ms") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("1s") Duration backoffInitial,
        @DefaultValue("5m") Duration backoffMax,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("60s") Duration lease) {

    DeliveryProperties {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("games.media.delivery.threads and batch-size must be at least 1");
        }
        if (lease.compareTo(requestTimeout.plus(connectTimeout)) <= 0) {
            throw new IllegalArgumentException(
                    "games.media.delivery.lease must exceed connect-timeout + request-timeout, or two nodes could"
                            + " deliver to one partner at once");
        }
    }

    Backoff backoff() {
        return new Backoff(backoffInitial, backoffMax);
    }
}
