package org.gamescloud.live.internal;

import org.gamescloud.live.LiveUpdatePublished;

/** The filters of {@code GET /api/live}; a null filter matches everything. All given filters must match. */
record LiveFilter(String event, String unit, String noc) {

    boolean matches(LiveUpdatePublished update) {
        return (event == null || event.equals(update.eventCode()))
                && (unit == null || unit.equals(update.unitCode()))
                && (noc == null || update.nocs().contains(noc));
    }
}
