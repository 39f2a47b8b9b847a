package org.gamescloud.live.internal;

import java.util.List;
import org.gamescloud.live.LiveUpdatePublished;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** One node: the publisher hands updates straight to this node's hub. */
@Component
@ConditionalOnProperty(name = "games.live.bus", havingValue = "local", matchIfMissing = true)
class LocalLiveBus implements LiveBus {

    private final LiveHub hub;

    LocalLiveBus(LiveHub hub) {
        this.hub = hub;
    }

    @Override
    public void send(List<LiveUpdatePublished> updates) {
        hub.dispatch(updates);
    }
}
