package org.gamescloud.results.internal.ranking;

import java.util.Comparator;
import java.util.List;

/**
 * Points totals. Either the higher total wins ({@code POINTS_HIGH}: shooting, archery, weightlifting) or the lower one
 * does ({@code POINTS_LOW}: golf strokes, sailing net points, equestrian penalties). Equal totals share the rank: any
 * shoot-off or play-off is sent as a separate result that changes the totals.
 */
final class PointsRule implements RankingRule {

    private final FieldRanking<ScoreMark> ranking;

    PointsRule(boolean highIsBetter) {
        Comparator<ScoreMark> lowestFirst = Comparator.naturalOrder();
        this.ranking = new FieldRanking<>(
                line -> Reading.ofSentMark(line, ScoreMark::parse),
                highIsBetter ? lowestFirst.reversed() : lowestFirst);
    }

    @Override
    public List<RankedResult> rank(List<ResultLine> lines) {
        return ranking.rank(lines);
    }
}
