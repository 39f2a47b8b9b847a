package org.gamescloud.live.internal;

import org.gamescloud.live.LiveUpdatePublished;

/**
 * The filters of {@code GET /api/live}; a null filter matches everything. All given filters must match. {@code type}
 * (an event name, {@code result} or {@code medals}) lets a page that shows only one kind skip the other.
 */
record LiveFilter(String event, String unit, String noc, String type) {

    boolean matches(LiveUpdatePublished update) {
        return (event == null || event.equals(update.eventCode()))
                && (unit == null || unit.equals(update.unitCode()))
                && (noc == null || update.nocs().contains(noc))
                && (type == null || type.equals(update.name()));
    }
}
