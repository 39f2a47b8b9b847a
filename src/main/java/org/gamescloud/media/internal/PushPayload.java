package org.gamescloud.media.internal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import org.gamescloud.platform.GamesClock;

/**
 * The JSON a partner receives for one update, pushed or fetched again: {@code data} is embedded as the live stream
 * published it (the unit JSON of {@code GET /api/results/units/{unit}}, or the changed medal-table rows).
 */
@JsonPropertyOrder({"id", "name", "eventCode", "unitCode", "data", "publishedAt"})
record PushPayload(
        long id,
        String name,
        String eventCode,
        String unitCode,
        @JsonRawValue String data,
        OffsetDateTime publishedAt) {

    static PushPayload of(StoredUpdate update) {
        return new PushPayload(
                update.id(),
                update.name(),
                update.eventCode(),
                update.unitCode(),
                update.data(),
                OffsetDateTime.ofInstant(update.publishedAt(), GamesClock.GAMES_ZONE));
    }
}
