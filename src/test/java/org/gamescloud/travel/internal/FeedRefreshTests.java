package org.gamescloud.travel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.travel.GtfsFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A feed imported through another node (written to the shared database only) becomes routable here too. */
@GamesIntegrationTest
class FeedRefreshTests {

    private static final LocalDate DAY = LocalDate.of(2023, 9, 27);

    @Autowired
    TransitFeeds feeds;

    @Autowired
    StoredFeeds stored;

    @Test
    void loadsAFeedAnotherNodeImportedAndOnlyWhenItChanged() {
        feeds.timetable(DAY);
        feeds.refresh();
        assertThat(feeds.refresh()).as("nothing changed since the last look").isFalse();

        stored.replace(
                new FeedSummary("elsewhere", 8, 5, 128),
                GtfsFixtures.zip("fixture"),
                OffsetDateTime.parse("2023-09-27T09:00:00+08:00"));
        assertThat(feeds.timetable(DAY).findStop("elsewhere:HZ_VEN")).isEmpty();

        assertThat(feeds.refresh()).isTrue();
        assertThat(feeds.timetable(DAY).findStop("elsewhere:HZ_VEN")).isPresent();
        assertThat(feeds.refresh()).isFalse();
    }

    @Test
    void anImportOnThisNodeIsNotLoadedASecondTimeByTheRefresh() {
        feeds.timetable(DAY);
        feeds.refresh();
        feeds.importFeed("here", GtfsFixtures.zip("fixture"));

        assertThat(feeds.timetable(DAY).findStop("here:HZ_VEN")).isPresent();
        assertThat(feeds.refresh()).isFalse();
    }
}
