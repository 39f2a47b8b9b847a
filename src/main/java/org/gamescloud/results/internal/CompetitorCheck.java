package org.gamescloud.results.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Competitor;
import org.gamescloud.games.Event;
import org.gamescloud.platform.Problems;
import org.gamescloud.results.ResultStatus;
import org.gamescloud.results.internal.ranking.ResultLine;
import org.springframework.stereotype.Component;

/**
 * Who may appear in a unit's results: a start list names competitors entered in the event; every later message
 * names only competitors of the unit's latest start list (or, with no start list yet, entered in the event).
 */
@Component
class CompetitorCheck {

    /** The competitors of the lines, by code, once every one of them is known and allowed in the unit. */
    Map<String, Competitor> check(
            CompetitionUnit unit, Event event, ResultStatus status, List<ResultLine> lines, Lookups lookups) {
        Set<String> codes = new HashSet<>();
        for (ResultLine line : lines) {
            if (!codes.add(line.competitor())) {
                throw Problems.badRequest("Competitor " + line.competitor() + " appears twice in the message");
            }
        }
        Map<String, Competitor> found = lookups.findCompetitors(codes);
        for (ResultLine line : lines) {
            if (!found.containsKey(line.competitor())) {
                throw Problems.badRequest("Unknown competitor " + line.competitor());
            }
        }
        var startList = status == ResultStatus.START_LIST
                ? null
                : lookups.findStartList(unit.code()).orElse(null);
        if (startList != null) {
            for (ResultLine line : lines) {
                if (!startList.contains(line.competitor())) {
                    throw Problems.badRequest(
                            "Competitor " + line.competitor() + " is not in the start list of unit " + unit.code());
                }
            }
        } else {
            Set<String> entries = lookups.listEntries(event.code());
            for (ResultLine line : lines) {
                if (!entries.contains(line.competitor())) {
                    throw Problems.badRequest(
                            "Competitor " + line.competitor() + " is not entered in event " + event.code());
                }
            }
        }
        return found;
    }
}
