package org.gamescloud.live.internal;

import java.util.List;
import org.gamescloud.live.LiveUpdatePublished;

/**
 * Carries stored updates from the publishing node to the {@link LiveHub} of every node. Only an accelerator: a hub
 * that misses an update finds it in the stored log, by the gap in the ids or by its periodic catch-up.
 */
interface LiveBus {

    /** Sends updates that are committed to the log, in id order. */
    void send(List<LiveUpdatePublished> updates);
}
