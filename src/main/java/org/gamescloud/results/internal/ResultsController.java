package org.gamescloud.results.internal;

import jakarta.validation.Valid;
import java.util.List;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.platform.Paging;
import org.gamescloud.platform.Problems;
import org.gamescloud.results.ResultStatus;
import org.gamescloud.results.UnitResults;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ResultsController {

    private final ResultsIngest ingest;
    private final Revisions revisions;
    private final GamesCatalog catalog;

    ResultsController(ResultsIngest ingest, Revisions revisions, GamesCatalog catalog) {
        this.ingest = ingest;
        this.revisions = revisions;
        this.catalog = catalog;
    }

    @PostMapping("/api/results/units/{unitCode}")
    UnitResults post(@PathVariable String unitCode, @Valid @RequestBody ResultsMessage message, Authentication writer) {
        return ingest.apply(unitCode, message, writer).results();
    }

    /** The unit's latest results; a unit that has none yet is SCHEDULED at revision 0. */
    @GetMapping("/api/results/units/{unitCode}")
    UnitResults get(@PathVariable String unitCode) {
        CompetitionUnit unit = unit(unitCode);
        return revisions
                .findLatest(unit.code(), unit.event())
                .orElseGet(() -> new UnitResults(
                        unit.code(), unit.event(), null, ResultStatus.ScheduleStatus.SCHEDULED, 0, null, List.of()));
    }

    @GetMapping("/api/results/units/{unitCode}/revisions/{revision}")
    UnitResults getRevision(@PathVariable String unitCode, @PathVariable int revision) {
        CompetitionUnit unit = unit(unitCode);
        return revisions
                .find(unit.code(), unit.event(), revision)
                .orElseThrow(() -> Problems.notFound("Unit " + unitCode + " has no revision " + revision));
    }

    @GetMapping("/api/results/units/{unitCode}/history")
    ResponseEntity<List<Revisions.Revision>> history(
            @PathVariable String unitCode,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        unit(unitCode);
        return ResponseEntity.ok()
                .headers(Paging.totalCount(revisions.countRevisions(unitCode)))
                .body(revisions.listRevisions(unitCode, paging));
    }

    /** An athlete's (or team's) results across the Games. */
    @GetMapping("/api/results/competitors/{code}")
    List<Revisions.CompetitorResult> resultsOf(@PathVariable String code) {
        if (catalog.findCompetitors(List.of(code)).isEmpty()) {
            throw Problems.notFound("No athlete or team " + code);
        }
        return revisions.listResultsOf(code);
    }

    private CompetitionUnit unit(String unitCode) {
        return catalog.findUnit(unitCode).orElseThrow(() -> Problems.notFound("No unit " + unitCode));
    }
}
