package org.gamescloud.travel.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Feed imports; {@code /api/admin/**} is for ADMIN only (security configuration). */
@RestController
class TravelAdminController {

    private final TransitFeeds feeds;

    TravelAdminController(TransitFeeds feeds) {
        this.feeds = feeds;
    }

    @PostMapping(
            path = "/api/admin/travel/feeds/{feedId}",
            consumes = {"application/zip", "application/octet-stream"})
    @ResponseStatus(HttpStatus.CREATED)
    FeedSummary importFeed(@PathVariable String feedId, @RequestBody byte[] zip) {
        return feeds.importFeed(feedId, zip);
    }
}
