/**
 * Live results: every result and medal change as an ordered, stored stream of updates with global increasing ids,
 * served to browsers, scoreboards and media as Server-Sent Events and fanned out between nodes (in-process by
 * default, Apache Kafka with {@code games.live.bus=kafka}).
 */
@ApplicationModule(displayName = "Live results")
package org.gamescloud.live;

import org.springframework.modulith.ApplicationModule;
