package org.gamescloud.results.internal.ranking;

import java.util.List;
import java.util.Optional;

/**
 * Vertical jumps (World Athletics Technical Rule 26.8): the mark is the highest height cleared. A tie goes to the
 * athlete with fewer jumps at that height, then to the one with fewer failures up to and including it; athletes still
 * equal share the rank. The rules offer a jump-off for first place, but it is only held if the athletes want it
 * (Tokyo 2020: Barshim and Tamberi chose to share gold), and it is then sent as a result of its own: this rule never
 * holds one, so a tie for first shares gold. A series with no height cleared is {@code NM} (no mark).
 */
final class HeightRule implements RankingRule {

    private final FieldRanking<HeightSeries> ranking = new FieldRanking<>(HeightRule::read, HeightSeries.BEST_FIRST);

    @Override
    public List<RankedResult> rank(List<ResultLine> lines) {
        return ranking.rank(lines);
    }

    private static Reading<HeightSeries> read(ResultLine line) {
        String whose = ResultLines.whose(line);
        MetresMark sent = ResultLines.isAbsent(line.mark()) ? null : MetresMark.parse(whose, "height", line.mark());
        if (line.heightAttempts().isEmpty()) {
            return sent == null
                    ? Reading.notYetCompeted()
                    : Reading.ranked(sent.notation(), HeightSeries.markOnly(sent));
        }
        Optional<HeightSeries> series = HeightSeries.read(whose, line.heightAttempts());
        Optional<MetresMark> cleared = series.map(HeightSeries::best);
        if (sent != null
                && cleared.filter(height -> height.compareTo(sent) == 0).isEmpty()) {
            String best =
                    cleared.map(height -> "a best of " + height.notation()).orElse("no height cleared");
            throw ResultLines.markDisagrees(line, "attempts " + line.heightAttempts(), best);
        }
        return series.map(jumped -> Reading.ranked(jumped.best().notation(), jumped))
                .orElseGet(() -> Reading.invalid("NM"));
    }
}
