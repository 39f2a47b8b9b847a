package org.gamescloud.results.internal.ranking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Result lines as venue systems send them, built readably. */
final class ResultLineFixture {

    private ResultLineFixture() {}

    static ResultLine mark(String competitor, String mark) {
        return ResultLine.of(competitor, mark);
    }

    static ResultLine notYetCompeted(String competitor) {
        return ResultLine.of(competitor, null);
    }

    static ResultLine irm(String competitor, String irm) {
        return ResultLine.invalid(competitor, irm);
    }

    static ResultLine irm(String competitor, String irm, String mark) {
        return new ResultLine(competitor, mark, irm, null, null, null, null, null);
    }

    static ResultLine winner(String competitor, String mark) {
        return new ResultLine(competitor, mark, null, true, null, null, null, null);
    }

    static ResultLine attempts(String competitor, String... attempts) {
        return attemptsWithMark(competitor, null, attempts);
    }

    static ResultLine attemptsWithMark(String competitor, String mark, String... attempts) {
        return new ResultLine(competitor, mark, null, null, null, null, List.of(attempts), null);
    }

    /** A high jump series as results charts show it: {@code "2.19 XO, 2.24 O, 2.27 XXX"}. */
    static ResultLine heights(String competitor, String chart) {
        return heightsWithMark(competitor, null, chart);
    }

    static ResultLine heightsWithMark(String competitor, String mark, String chart) {
        Map<String, String> attemptsByHeight = new LinkedHashMap<>();
        for (String atHeight : chart.split(", ")) {
            String[] heightAndAttempts = atHeight.split(" ");
            attemptsByHeight.put(heightAndAttempts[0], heightAndAttempts[1]);
        }
        return heightsAt(competitor, mark, attemptsByHeight);
    }

    static ResultLine heightsAt(String competitor, String mark, Map<String, String> attemptsByHeight) {
        return new ResultLine(competitor, mark, null, null, null, null, null, attemptsByHeight);
    }

    static ResultLine components(String competitor, String mark, Map<String, String> components) {
        return new ResultLine(competitor, mark, null, null, components, null, null, null);
    }

    static ResultLine gymnastics(String competitor, String difficulty, String execution) {
        return components(competitor, null, Map.of("D", difficulty, "E", execution));
    }

    static ResultLine dives(String competitor, String mark, ResultLine.Dive... dives) {
        return new ResultLine(competitor, mark, null, null, null, List.of(dives), null, null);
    }

    static ResultLine.Dive dive(String difficulty, String... judges) {
        return new ResultLine.Dive(difficulty, List.of(judges));
    }
}
