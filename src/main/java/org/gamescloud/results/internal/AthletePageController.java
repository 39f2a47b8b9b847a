package org.gamescloud.results.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gamescloud.games.Athlete;
import org.gamescloud.games.Codes;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Event;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.games.Phase;
import org.gamescloud.platform.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An athlete: who they are, the events they entered, and their results (ranks, marks, medals) unit by unit. */
@Controller
class AthletePageController {

    /** A line of the athlete's results, with what the page needs to name its unit. */
    record AthleteResult(Revisions.CompetitorResult result, CompetitionUnit unit, Event event, Phase phase) {}

    private final GamesCatalog catalog;
    private final Revisions revisions;

    AthletePageController(GamesCatalog catalog, Revisions revisions) {
        this.catalog = catalog;
        this.revisions = revisions;
    }

    @GetMapping("/athletes/{id}")
    String athlete(@PathVariable String id, Model model) {
        Athlete athlete = (Codes.isValid(id) ? catalog.findAthlete(id) : Optional.<Athlete>empty())
                .orElseThrow(() -> Problems.notFound("No athlete " + id));
        Map<String, Event> events = new HashMap<>();
        Map<String, List<Phase>> phases = new HashMap<>();
        List<AthleteResult> results = revisions.listResultsOf(athlete.id()).stream()
                .map(result -> {
                    CompetitionUnit unit = catalog.findUnit(result.unitCode()).orElseThrow();
                    Event event = events.computeIfAbsent(
                            unit.event(), code -> catalog.findEvent(code).orElseThrow());
                    Phase phase = phases.computeIfAbsent(unit.event(), catalog::listPhases).stream()
                            .filter(candidate -> candidate.type().equals(unit.phase()))
                            .findFirst()
                            .orElse(null);
                    return new AthleteResult(result, unit, event, phase);
                })
                .toList();
        model.addAttribute("athlete", athlete);
        model.addAttribute("noc", catalog.findNoc(athlete.noc()).orElse(null));
        model.addAttribute(
                "events",
                athlete.events().stream()
                        .map(code -> events.computeIfAbsent(
                                code, key -> catalog.findEvent(key).orElse(null)))
                        .filter(Objects::nonNull)
                        .toList());
        model.addAttribute("results", results);
        model.addAttribute("participants", Participants.read(catalog, List.of(athlete.id())));
        return "results/athlete";
    }
}
