package org.gamescloud.results.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gamescloud.games.Codes;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Event;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.games.Phase;
import org.gamescloud.platform.Problems;
import org.gamescloud.results.MedalAward;
import org.gamescloud.results.ResultStatus;
import org.gamescloud.results.UnitResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An event: its phases and units with their status and winners, its medallists, and its knockout as a bracket. */
@Controller
class EventResultsPageController {

    /** A unit with its latest results, if any. Public methods are for the template. */
    record UnitSummary(CompetitionUnit unit, UnitResults results) {

        public ResultStatus status() {
            return results == null ? null : results.status();
        }

        /** The competitors ranked first once the unit is official (more than one on a tie); else none. */
        public List<String> winners() {
            if (results == null || results.status() != ResultStatus.OFFICIAL) {
                return List.of();
            }
            return results.results().stream()
                    .filter(line -> Integer.valueOf(1).equals(line.rank()))
                    .map(UnitResults.Line::competitor)
                    .toList();
        }
    }

    record PhaseUnits(Phase phase, List<UnitSummary> units) {}

    private final GamesCatalog catalog;
    private final Revisions revisions;
    private final MedalAwards awards;

    EventResultsPageController(GamesCatalog catalog, Revisions revisions, MedalAwards awards) {
        this.catalog = catalog;
        this.revisions = revisions;
        this.awards = awards;
    }

    @GetMapping("/results/events/{eventCode}")
    String event(@PathVariable String eventCode, Model model) {
        Event event = (Codes.isValid(eventCode) ? catalog.findEvent(eventCode) : Optional.<Event>empty())
                .orElseThrow(() -> Problems.notFound("No event " + eventCode));
        List<Phase> phases = catalog.listPhases(event.code());
        List<CompetitionUnit> units = catalog.listUnitsOfEvent(event.code());
        Map<String, UnitResults> latest = new LinkedHashMap<>();
        units.forEach(unit ->
                revisions.findLatest(unit.code(), event.code()).ifPresent(results -> latest.put(unit.code(), results)));
        List<MedalAward> medallists = awards.listOfEvent(event.code());
        Set<String> named = new HashSet<>();
        latest.values().forEach(results -> results.results().forEach(line -> named.add(line.competitor())));
        medallists.forEach(award -> named.add(award.competitor()));

        model.addAttribute("event", event);
        model.addAttribute(
                "discipline", catalog.findDiscipline(event.discipline()).orElse(null));
        model.addAttribute("phases", byPhase(phases, units, latest));
        model.addAttribute("medallists", medallists);
        model.addAttribute("bracket", Bracket.of(phases, units, latest).orElse(null));
        model.addAttribute("participants", Participants.read(catalog, named));
        return "results/event";
    }

    /** The units by phase in the order of the phases; units of a phase the data does not list come last. */
    private static List<PhaseUnits> byPhase(
            List<Phase> phases, List<CompetitionUnit> units, Map<String, UnitResults> latest) {
        Map<String, PhaseUnits> byType = new LinkedHashMap<>();
        phases.forEach(phase -> byType.put(phase.type(), new PhaseUnits(phase, new ArrayList<>())));
        for (CompetitionUnit unit : units) {
            byType.computeIfAbsent(
                            unit.phase(),
                            type -> new PhaseUnits(new Phase(unit.event(), type, type, type), new ArrayList<>()))
                    .units()
                    .add(new UnitSummary(unit, latest.get(unit.code())));
        }
        return byType.values().stream()
                .filter(phase -> !phase.units().isEmpty())
                .map(phase -> new PhaseUnits(phase.phase(), List.copyOf(phase.units())))
                .toList();
    }
}
