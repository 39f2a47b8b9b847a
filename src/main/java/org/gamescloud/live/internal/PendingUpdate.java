package org.gamescloud.live.internal;

import java.time.Instant;
import java.util.Set;
import org.gamescloud.results.ResultStatus;

/**
 * A change that results stored and the live stream has not published yet.
 *
 * @param seq the order in which pending updates were written
 * @param status the unit's result status, for {@code result} updates; null for medal-table updates
 */
record PendingUpdate(
        long seq,
        String name,
        String eventCode,
        String unitCode,
        ResultStatus status,
        Set<String> nocs,
        String data,
        Instant createdAt) {

    static final String RESULT = "result";
    static final String MEDALS = "medals";

    boolean isResult() {
        return RESULT.equals(name);
    }
}
