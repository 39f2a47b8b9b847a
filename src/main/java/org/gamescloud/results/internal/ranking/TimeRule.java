package org.gamescloud.results.internal.ranking;

import java.util.Comparator;
import java.util.List;

/** Races against the clock: the lower time is better and equal times share the rank (a dead heat). */
final class TimeRule implements RankingRule {

    private final FieldRanking<TimeMark> ranking =
            new FieldRanking<>(line -> Reading.ofSentMark(line, TimeMark::parse), Comparator.naturalOrder());

    @Override
    public List<RankedResult> rank(List<ResultLine> lines) {
        return ranking.rank(lines);
    }
}
