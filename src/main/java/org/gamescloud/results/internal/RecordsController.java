package org.gamescloud.results.internal;

import java.util.List;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.platform.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RecordsController {

    private final RecordKeeper records;
    private final GamesCatalog catalog;

    RecordsController(RecordKeeper records, GamesCatalog catalog) {
        this.records = records;
        this.catalog = catalog;
    }

    /** The Games, Asian and world records of the event as they stand now. */
    @GetMapping("/api/results/events/{eventCode}/records")
    List<RecordKeeper.Standing> records(@PathVariable String eventCode) {
        catalog.findEvent(eventCode).orElseThrow(() -> Problems.notFound("No event " + eventCode));
        return List.copyOf(records.standing(eventCode, null).values());
    }
}
