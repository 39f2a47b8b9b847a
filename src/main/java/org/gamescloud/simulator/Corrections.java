package org.gamescloud.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one correction of the day, as happens after a review: the places of the first two of an official medal unit
 * are exchanged. It is made on a medal unit whose first two are of different NOCs and apart, so that the medal table
 * changes: preferably a gold-medal unit, and the last of the day.
 */
final class Corrections {

    private Corrections() {}

    /** Every correction that would change the medal table, the preferred first. */
    static List<Message> candidates(List<DayPlan.PlayedUnit> played, long seed) {
        Comparator<DayPlan.PlayedUnit> preferred = Comparator.comparing(
                        (DayPlan.PlayedUnit unit) -> "GOLD".equals(unit.unit().medal()))
                .thenComparing(unit -> official(unit).due())
                .reversed();
        return played.stream()
                .filter(Corrections::changesTheMedalTable)
                .sorted(preferred)
                .map(unit -> correct(unit, seed))
                .toList();
    }

    private static boolean changesTheMedalTable(DayPlan.PlayedUnit unit) {
        Outcome outcome = unit.outcome();
        if (!unit.unit().isMedalUnit() || outcome.placed().size() < 2 || !outcome.firstTwoApart()) {
            return false;
        }
        Map<String, String> nocs = unit.competitors().stream()
                .collect(Collectors.toMap(Entrant::code, Entrant::noc, (first, second) -> first));
        return !nocs.get(outcome.placed().get(0))
                .equals(nocs.get(outcome.placed().get(1)));
    }

    private static Message correct(DayPlan.PlayedUnit unit, long seed) {
        Message official = official(unit);
        String first = unit.outcome().placed().get(0);
        String second = unit.outcome().placed().get(1);
        Map<String, Line> lines =
                official.lines().stream().collect(Collectors.toMap(Line::competitor, Function.identity()));
        List<Line> corrected = new ArrayList<>();
        for (Line line : official.lines()) {
            if (line.competitor().equals(first)) {
                corrected.add(lines.get(second).forCompetitor(first));
            } else if (line.competitor().equals(second)) {
                corrected.add(lines.get(first).forCompetitor(second));
            } else {
                corrected.add(line);
            }
        }
        return Timetable.correction(official, corrected, noteFor(unit.event().family()), seed);
    }

    private static Message official(DayPlan.PlayedUnit unit) {
        return unit.messages().get(unit.messages().size() - 1);
    }

    private static String noteFor(Family family) {
        return switch (family) {
            case TIME -> "Photo-finish review: the first two places are exchanged";
            case DISTANCE, HEIGHT -> "Measurement review: the first two places are exchanged";
            case JUDGED -> "Judges' review: the scores of the first two were credited to each other";
            case POINTS_HIGH, POINTS_LOW -> "Scoring review: the scores of the first two were credited to each other";
            case HEAD_TO_HEAD, ROUND_ROBIN -> "Video review upheld the protest: the result of the contest is reversed";
        };
    }
}
