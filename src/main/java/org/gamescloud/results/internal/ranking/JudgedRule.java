package org.gamescloud.results.internal.ranking;

import java.math.BigDecimal;
import java.util.List;

/**
 * Judged sports, the higher score winning. A line carries its dives (diving, see {@link DiveScores}), its components
 * (artistic gymnastics, see {@link GymnasticsScore}: a tie goes to the higher E, then the higher D) or only its score.
 * When a mark is sent with the dives or components it must agree with the score they give. Scores still equal share
 * the rank, as diving's rules have it.
 */
final class JudgedRule implements RankingRule {

    private final FieldRanking<List<BigDecimal>> ranking = new FieldRanking<>(JudgedRule::read, Countback.HIGHER_FIRST);

    @Override
    public List<RankedResult> rank(List<ResultLine> lines) {
        return ranking.rank(lines);
    }

    private static Reading<List<BigDecimal>> read(ResultLine line) {
        String whose = ResultLines.whose(line);
        ScoreMark sent = ResultLines.isAbsent(line.mark()) ? null : ScoreMark.parse(whose, line.mark());
        if (!line.dives().isEmpty() && !line.components().isEmpty()) {
            throw InvalidResultException.about(whose, "sends both dives and components");
        }
        if (line.dives().isEmpty() && line.components().isEmpty()) {
            return sent == null ? Reading.notYetCompeted() : Reading.ranked(sent.notation(), List.of(sent.points()));
        }
        String sentWith = line.dives().isEmpty() ? "components" : "dives";
        List<BigDecimal> computed = line.dives().isEmpty()
                ? GymnasticsScore.totalThenTieBreakers(whose, line.components())
                : List.of(DiveScores.total(whose, line.dives()));
        BigDecimal total = computed.get(0);
        if (sent != null && sent.points().compareTo(total) != 0) {
            throw ResultLines.markDisagrees(line, sentWith, total.toPlainString());
        }
        return Reading.ranked(total.toPlainString(), computed);
    }
}
