package org.gamescloud.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Points ({@code POINTS_HIGH}: shooting, archery, weightlifting, combined events; {@code POINTS_LOW}: golf strokes,
 * sailing net points, equestrian penalties): a score per competitor around the event's typical winning score,
 * written with the sport's decimals; results come in as competitors finish. A match of a bracket (archery, mixed
 * team shooting) is scored as the sport scores a match.
 */
final class PointsResults implements ResultsWriter {

    @Override
    public Performances write(Field field) {
        boolean lowerIsBetter = field.event().family() == Family.POINTS_LOW;
        if (field.match() && field.competitors().size() == 2 && !lowerIsBetter) {
            return Contests.measured(field, matchScores(field));
        }
        return scored(field, Scores.of(field.event(), field.unit()), lowerIsBetter);
    }

    /**
     * A field scored once per competitor, in start order: its score shows once the competitor has performed.
     */
    static Performances scored(Field field, Scores.Level level, boolean lowerIsBetter) {
        int round = level.perRound() ? Scores.roundOf(field.unit()) : 1;
        double winning = level.winning() * round;
        double spread = level.spread() * Math.sqrt(round);
        List<Line> finals = new ArrayList<>();
        for (Entrant competitor : field.competitors()) {
            if (field.competitors().size() > RaceResults.SMALL_FIELD && field.chance(0.01)) {
                finals.add(Line.invalid(competitor.code(), "DNS"));
                continue;
            }
            double shortfall = spread * (1.2 - field.formOf(competitor) - 0.5 * field.luck());
            double score = Math.max(0, lowerIsBetter ? winning + shortfall : winning - shortfall);
            finals.add(Line.marked(competitor.code(), Notation.decimal(score, level.decimals())));
        }
        return inTurn(finals, Placing.of(finals, lowerIsBetter));
    }

    /** Competitors perform one after the other, in start order. */
    static Performances inTurn(List<Line> finals, Outcome outcome) {
        List<Performance> performances = new ArrayList<>();
        for (int i = 0; i < finals.size(); i++) {
            Line result = finals.get(i);
            int turn = i;
            performances.add(progress -> progress >= 1 || turn < Math.floor(progress * finals.size())
                    ? result
                    : Line.entered(result.competitor()));
        }
        return new Performances(performances, outcome);
    }

    /** The winner's and the loser's scores of a match, as archery and shooting write them. */
    private static Contests.Scores matchScores(Field field) {
        String name = field.event().lowerName();
        var random = field.random();
        if (field.event().discipline().equals("ARC")) {
            if (name.contains("compound")) {
                int most = field.event().team() ? (name.contains("mixed") ? 160 : 240) : 150;
                int winner = most - 1 - random.nextInt(most / 30);
                return new Contests.Scores(winner, winner - 1 - random.nextInt(4));
            }
            int sets = field.event().team() ? 5 : 6;
            return new Contests.Scores(sets, random.nextInt(sets));
        }
        if (name.contains("trap") || name.contains("skeet")) {
            int winner = 40 + random.nextInt(9);
            return new Contests.Scores(winner, winner - 1 - random.nextInt(4));
        }
        return new Contests.Scores(16, random.nextInt(15));
    }
}
