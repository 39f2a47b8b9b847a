package org.gamescloud.results.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Phase;
import org.gamescloud.results.ResultStatus;
import org.gamescloud.results.UnitResults;

/**
 * Collects the boxes and lines of a {@link Bracket} column by column: each heading opens a column, contests go into
 * the latest column, and lines join the contests of two columns.
 */
final class BracketLayout {

    private final Map<String, Phase> phases;
    private final Map<String, UnitResults> results;
    private final List<Bracket.Heading> headings = new ArrayList<>();
    private final List<List<Bracket.Contest>> columns = new ArrayList<>();
    private final List<String> links = new ArrayList<>();

    BracketLayout(List<Phase> phases, Map<String, UnitResults> results) {
        this.phases = new HashMap<>();
        phases.forEach(phase -> this.phases.put(phase.type(), phase));
        this.results = results;
    }

    void heading(String type, int x, int y) {
        headings.add(new Bracket.Heading(phases.get(type), type, x, y));
        columns.add(new ArrayList<>());
    }

    void contest(CompetitionUnit unit, int x, int y) {
        UnitResults latest = results.get(unit.code());
        List<Bracket.Side> sides = new ArrayList<>();
        if (latest != null) {
            boolean official = latest.status() == ResultStatus.OFFICIAL;
            for (UnitResults.Line line :
                    latest.results().subList(0, Math.min(2, latest.results().size()))) {
                boolean winner = official && Integer.valueOf(1).equals(line.rank());
                sides.add(new Bracket.Side(line.competitor(), line.noc(), line.mark(), winner));
            }
        }
        while (sides.size() < 2) {
            sides.add(new Bracket.Side(null, null, null, false));
        }
        columns.get(columns.size() - 1)
                .add(new Bracket.Contest(unit, latest == null ? null : latest.status(), x, y, List.copyOf(sides)));
    }

    /** Joins contests 2i and 2i+1 of one column to contest i of the next: the winners meet there. */
    void joinPairs(int from, int to) {
        List<Bracket.Contest> next = columns.get(to);
        List<Bracket.Contest> previous = columns.get(from);
        for (int i = 0; i < previous.size(); i++) {
            link(previous.get(i), next.get(i / 2));
        }
    }

    /** Joins contest i of one column to contest i of the next. */
    void joinStraight(int from, int to) {
        List<Bracket.Contest> next = columns.get(to);
        List<Bracket.Contest> previous = columns.get(from);
        for (int i = 0; i < previous.size(); i++) {
            link(previous.get(i), next.get(i));
        }
    }

    Bracket bracket() {
        List<Bracket.Contest> contests = columns.stream().flatMap(List::stream).toList();
        int width = contests.stream()
                .mapToInt(contest -> contest.x() + Bracket.BOX_WIDTH)
                .max()
                .orElse(0);
        int height = contests.stream()
                .mapToInt(contest -> contest.y() + Bracket.BOX_HEIGHT)
                .max()
                .orElse(0);
        return new Bracket(width + 2, height + 2, List.copyOf(headings), contests, List.copyOf(links));
    }

    /** An elbow from the right edge of one box to the left edge of another, as an SVG path. */
    private void link(Bracket.Contest from, Bracket.Contest to) {
        int startX = from.x() + Bracket.BOX_WIDTH;
        int startY = from.y() + Bracket.BOX_HEIGHT / 2;
        int endX = to.x();
        int endY = to.y() + Bracket.BOX_HEIGHT / 2;
        int middleX = (startX + endX) / 2;
        links.add("M" + startX + " " + startY + " H" + middleX + " V" + endY + " H" + endX);
    }
}
