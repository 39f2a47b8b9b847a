package org.gamescloud.results.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.gamescloud.games.Codes;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Event;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.games.Venues;
import org.gamescloud.platform.Paging;
import org.gamescloud.platform.Problems;
import org.gamescloud.results.ResultStatus;
import org.gamescloud.results.UnitResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A unit's results: what it is, where and when; its latest revision ranked, with medals once official; and the
 * history of its revisions. While the unit is not OFFICIAL the page polls its live part every 5 seconds.
 */
@Controller
class UnitResultsPageController {

    /** The page lists the latest revisions; the full history is in the JSON API. */
    static final int HISTORY_SHOWN = 50;

    private final GamesCatalog catalog;
    private final Venues venues;
    private final Revisions revisions;

    UnitResultsPageController(GamesCatalog catalog, Venues venues, Revisions revisions) {
        this.catalog = catalog;
        this.venues = venues;
        this.revisions = revisions;
    }

    @GetMapping("/results/units/{unitCode}")
    String unit(@PathVariable String unitCode, Model model) {
        CompetitionUnit unit = find(unitCode);
        Event event = catalog.findEvent(unit.event()).orElseThrow();
        model.addAttribute("unit", unit);
        model.addAttribute("event", event);
        model.addAttribute(
                "discipline", catalog.findDiscipline(event.discipline()).orElse(null));
        model.addAttribute(
                "phase",
                catalog.listPhases(event.code()).stream()
                        .filter(phase -> phase.type().equals(unit.phase()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("venue", venues.findVenue(unit.venue()).orElse(null));
        addLive(unit, model);
        return "results/unit";
    }

    /** The live part and the history, polled by the page while the unit is not official (and later pushed). */
    @GetMapping("/results/units/{unitCode}/live")
    String live(@PathVariable String unitCode, Model model) {
        addLive(find(unitCode), model);
        return "results/unit :: liveUpdate";
    }

    private void addLive(CompetitionUnit unit, Model model) {
        Optional<UnitResults> results = revisions.findLatest(unit.code(), unit.event());
        long revisionCount = results.isEmpty() ? 0 : revisions.countRevisions(unit.code());
        model.addAttribute("unit", unit);
        model.addAttribute("results", results.orElse(null));
        model.addAttribute(
                "scheduleStatus",
                results.map(UnitResults::scheduleStatus).orElse(ResultStatus.ScheduleStatus.SCHEDULED));
        model.addAttribute(
                "live",
                results.map(latest -> latest.status() != ResultStatus.OFFICIAL).orElse(true));
        model.addAttribute("history", latestRevisions(unit.code(), revisionCount));
        model.addAttribute("revisionCount", revisionCount);
        model.addAttribute(
                "participants",
                Participants.read(
                        catalog,
                        results.map(latest -> latest.results().stream()
                                        .map(UnitResults.Line::competitor)
                                        .toList())
                                .orElse(List.of())));
    }

    /** The latest {@value #HISTORY_SHOWN} revisions, newest first: the last page of them, and the one before. */
    private List<Revisions.Revision> latestRevisions(String unitCode, long count) {
        if (count == 0) {
            return List.of();
        }
        int lastPage = (int) ((count - 1) / HISTORY_SHOWN);
        List<Revisions.Revision> latest = new ArrayList<>();
        if (lastPage > 0) {
            latest.addAll(revisions.listRevisions(unitCode, new Paging(lastPage - 1, HISTORY_SHOWN)));
        }
        latest.addAll(revisions.listRevisions(unitCode, new Paging(lastPage, HISTORY_SHOWN)));
        List<Revisions.Revision> shown =
                new ArrayList<>(latest.subList(Math.max(0, latest.size() - HISTORY_SHOWN), latest.size()));
        Collections.reverse(shown);
        return shown;
    }

    private CompetitionUnit find(String unitCode) {
        return (Codes.isValid(unitCode) ? catalog.findUnit(unitCode) : Optional.<CompetitionUnit>empty())
                .orElseThrow(() -> Problems.notFound("No unit " + unitCode));
    }
}
