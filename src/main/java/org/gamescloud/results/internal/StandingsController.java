package org.gamescloud.results.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import org.gamescloud.games.Event;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.platform.Problems;
import org.gamescloud.results.internal.ranking.TieBreaker;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StandingsController {

    private final PoolStandingsService standings;
    private final GamesCatalog catalog;

    StandingsController(PoolStandingsService standings, GamesCatalog catalog) {
        this.standings = standings;
        this.catalog = catalog;
    }

    record StandingRule(
            @NotNull @Min(0) @Max(100) Integer win,
            @NotNull @Min(0) @Max(100) Integer draw,
            @NotNull @Min(0) @Max(100) Integer loss,
            @NotNull @Size(max = 3) List<@NotNull TieBreaker> tieBreakers,
            @Min(0) @Max(64) Integer qualifiers) {}

    @GetMapping("/api/results/events/{eventCode}/standings")
    List<PoolStandingsService.Pool> standings(@PathVariable String eventCode) {
        return standings.standings(event(eventCode));
    }

    @GetMapping("/api/results/events/{eventCode}/standings-rule")
    PoolStandingsService.Rule rule(@PathVariable String eventCode) {
        event(eventCode);
        return standings.findRule(eventCode).orElse(PoolStandingsService.Rule.FOOTBALL);
    }

    /** Sets how the event's pools are ranked: points per win, draw and loss, then the tie-breakers in order. */
    @PutMapping("/api/admin/results/events/{eventCode}/standings-rule")
    PoolStandingsService.Rule setRule(@PathVariable String eventCode, @Valid @RequestBody StandingRule rule) {
        event(eventCode);
        if (new LinkedHashSet<>(rule.tieBreakers()).size() != rule.tieBreakers().size()) {
            throw Problems.badRequest("Each tie-breaker may be named once");
        }
        var saved = new PoolStandingsService.Rule(
                rule.win(),
                rule.draw(),
                rule.loss(),
                rule.tieBreakers(),
                rule.qualifiers() == null ? 2 : rule.qualifiers());
        standings.saveRule(eventCode, saved);
        return saved;
    }

    private Event event(String eventCode) {
        return catalog.findEvent(eventCode).orElseThrow(() -> Problems.notFound("No event " + eventCode));
    }
}
