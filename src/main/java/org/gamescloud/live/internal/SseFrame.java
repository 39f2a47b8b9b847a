package org.gamescloud.live.internal;

import java.nio.charset.StandardCharsets;
import org.gamescloud.live.LiveUpdatePublished;

/** An update as the bytes of one Server-Sent Event, encoded once for all subscribers. */
record SseFrame(LiveUpdatePublished update, byte[] bytes) {

    static final byte[] HEARTBEAT = ": heartbeat\n\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] OPENING = "retry: 2000\n: connected\n\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] RESYNC =
            "event: resync\ndata: {\"reason\":\"fell behind\"}\n\n".getBytes(StandardCharsets.UTF_8);

    static SseFrame of(LiveUpdatePublished update) {
        StringBuilder event = new StringBuilder(update.data().length() + 48)
                .append("id: ")
                .append(update.id())
                .append("\nevent: ")
                .append(update.name())
                .append('\n');
        for (String line : update.data().split("\n", -1)) {
            event.append("data: ").append(line).append('\n');
        }
        event.append('\n');
        return new SseFrame(update, event.toString().getBytes(StandardCharsets.UTF_8));
    }

    long id() {
        return update.id();
    }
}
