package org.gamescloud.results.internal;

import java.util.List;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.platform.Problems;
import org.gamescloud.results.MedalAward;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MedalsController {

    private final MedalAwards awards;
    private final GamesCatalog catalog;

    MedalsController(MedalAwards awards, GamesCatalog catalog) {
        this.awards = awards;
        this.catalog = catalog;
    }

    @GetMapping("/api/medals")
    List<MedalAwards.Standing> table() {
        return awards.table();
    }

    @GetMapping("/api/medals/events/{eventCode}")
    List<MedalAward> medallistsOfEvent(@PathVariable String eventCode) {
        catalog.findEvent(eventCode).orElseThrow(() -> Problems.notFound("No event " + eventCode));
        return awards.listOfEvent(eventCode);
    }

    @GetMapping("/api/medals/nocs/{noc}")
    List<MedalAward> medallistsOfNoc(@PathVariable String noc) {
        catalog.findNoc(noc).orElseThrow(() -> Problems.notFound("No NOC " + noc));
        return awards.listOfNoc(noc);
    }
}
