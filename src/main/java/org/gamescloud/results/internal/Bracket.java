package org.gamescloud.results.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Phase;
import org.gamescloud.results.ResultStatus;
import org.gamescloud.results.UnitResults;

/**
 * The knockout of a head-to-head event laid out as a picture: the main rounds left to right (round of 64 … final),
 * each contest a box with its two competitors and their scores; below them the repechage and the bronze-medal
 * contests. Rounds that halve are joined by lines; where a round does not halve (byes), who feeds whom is not known
 * and no lines are drawn. Coordinates are in SVG user units; the template draws them.
 */
record Bracket(int width, int height, List<Heading> headings, List<Contest> contests, List<String> links) {

    /** The main rounds in the order they are held, as ODF phase types. */
    static final List<String> MAIN_ROUNDS = List.of("R128", "R64", "R32", "R16", "8FNL", "QFNL", "SFNL", "FNL");
    /** Contests beside the main draw: repechage, then the bronze-medal contests it feeds. */
    static final List<String> SIDE_ROUNDS = List.of("REP", "BRNZ");

    static final int BOX_WIDTH = 232;
    static final int ROW_HEIGHT = 26;
    static final int BOX_HEIGHT = 2 * ROW_HEIGHT;
    static final int COLUMN_GAP = 36;
    static final int ROW_GAP = 14;
    static final int HEADING_HEIGHT = 26;
    static final int SIDE_GAP = 24;

    record Heading(Phase phase, String type, int x, int y) {}

    /** A contest's box: {@code sides} holds two entries, a side without a competitor yet is to be decided. */
    record Contest(CompetitionUnit unit, ResultStatus status, int x, int y, List<Side> sides) {

        public boolean isLive() {
            return status != null && status != ResultStatus.OFFICIAL && status != ResultStatus.START_LIST;
        }
    }

    /** One competitor of a contest; {@code competitor} is null while not known. */
    record Side(String competitor, String noc, String score, boolean winner) {}

    /** The bracket of the event's knockout units, or empty when it has none. */
    static Optional<Bracket> of(List<Phase> phases, List<CompetitionUnit> units, Map<String, UnitResults> results) {
        Map<String, List<CompetitionUnit>> main = rounds(units, MAIN_ROUNDS);
        Map<String, List<CompetitionUnit>> side = rounds(units, SIDE_ROUNDS);
        if (main.isEmpty() && side.isEmpty()) {
            return Optional.empty();
        }
        BracketLayout layout = new BracketLayout(phases, results);
        int slots = main.values().stream().mapToInt(List::size).max().orElse(0);
        int mainHeight = slots * (BOX_HEIGHT + ROW_GAP);
        List<List<CompetitionUnit>> columns = new ArrayList<>(main.values());
        for (int column = 0; column < columns.size(); column++) {
            List<CompetitionUnit> round = columns.get(column);
            int x = column * (BOX_WIDTH + COLUMN_GAP);
            layout.heading(round.get(0).phase(), x, 0);
            for (int i = 0; i < round.size(); i++) {
                int centre = HEADING_HEIGHT + (2 * i + 1) * mainHeight / (2 * round.size());
                layout.contest(round.get(i), x, centre - BOX_HEIGHT / 2);
            }
            if (column > 0 && columns.get(column - 1).size() == 2 * round.size()) {
                layout.joinPairs(column - 1, column);
            }
        }
        int top = main.isEmpty() ? 0 : HEADING_HEIGHT + mainHeight + SIDE_GAP;
        int firstSideColumn = Math.max(0, columns.size() - side.size());
        List<List<CompetitionUnit>> sideColumns = new ArrayList<>(side.values());
        for (int column = 0; column < sideColumns.size(); column++) {
            List<CompetitionUnit> round = sideColumns.get(column);
            int x = (firstSideColumn + column) * (BOX_WIDTH + COLUMN_GAP);
            layout.heading(round.get(0).phase(), x, top);
            for (int i = 0; i < round.size(); i++) {
                layout.contest(round.get(i), x, top + HEADING_HEIGHT + i * (BOX_HEIGHT + ROW_GAP));
            }
            if (column > 0 && sideColumns.get(column - 1).size() == round.size()) {
                layout.joinStraight(columns.size() + column - 1, columns.size() + column);
            }
        }
        return Optional.of(layout.bracket());
    }

    public int boxWidth() {
        return BOX_WIDTH;
    }

    public int rowHeight() {
        return ROW_HEIGHT;
    }

    /** The units of the listed phase types that the event has, by type in the listed order, each by code. */
    private static Map<String, List<CompetitionUnit>> rounds(List<CompetitionUnit> units, List<String> types) {
        Map<String, List<CompetitionUnit>> rounds = new LinkedHashMap<>();
        for (String type : types) {
            List<CompetitionUnit> round = units.stream()
                    .filter(unit -> type.equals(unit.phase()))
                    .sorted(Comparator.comparing(CompetitionUnit::code))
                    .toList();
            if (!round.isEmpty()) {
                rounds.put(type, round);
            }
        }
        return rounds;
    }
}
