package org.gamescloud.live.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publishing whether this node may become the cluster's publisher (one node at a time publishes)
 * @param bus how nodes share published updates: {@code local} (one node, in-process) or {@code kafka}
 * @param topic the Kafka topic of published updates
 * @param coalesceInterval a unit's non-final updates go out at most once per interval (ODF: 4 per second)
 * @param heartbeat how often an idle stream gets an SSE comment, so proxies and clients know it is alive
 * @param clientBuffer updates queued for one subscriber at most; a subscriber further behind gets {@code resync}
 * @param writerThreads threads handing updates to subscribers, each serving a share of them (writes never block;
 *     more threads than cores so that the fan-out keeps its share of the CPU beside the request threads)
 * @param batchSize pending updates the publisher takes per transaction at most
 * @param pollInterval how often the publisher looks for pending updates without being notified
 * @param catchUpInterval how often a node checks the stored log for updates its bus did not bring
 */
@ConfigurationProperties("games.live")
record LiveProperties(
        @DefaultValue("true") boolean publishing,
        @DefaultValue("local") String bus,
        @DefaultValue("games.live") String topic,
        @DefaultValue("250ms") Duration coalesceInterval,
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("1024") int clientBuffer,
        @DefaultValue("2") int writerThreads,
        @DefaultValue("2000") int batchSize,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("1s") Duration catchUpInterval) {}
