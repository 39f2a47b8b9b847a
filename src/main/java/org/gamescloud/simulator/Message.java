package org.gamescloud.simulator;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A results message for one unit, with the Games time at which a venue system would send it.
 *
 * @param messageId unique per unit and the same for the same seed, so that a retried message is recognised
 * @param sequence increases per unit
 * @param note why an OFFICIAL unit changes (a correction), or null
 */
record Message(
        String unitCode,
        OffsetDateTime due,
        String messageId,
        long sequence,
        Status status,
        String note,
        List<Line> lines) {

    /** The body of {@code POST /api/results/units/{unitCode}}. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageId", messageId);
        body.put("sequence", sequence);
        body.put("status", status.name());
        if (note != null) {
            body.put("note", note);
        }
        body.put("results", lines);
        return body;
    }

    /** One line of a batch for {@code POST /api/results/messages}: the body with its unit code. */
    Map<String, Object> batchLine() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("unitCode", unitCode);
        line.putAll(body());
        return line;
    }

    boolean isCorrection() {
        return note != null;
    }
}
