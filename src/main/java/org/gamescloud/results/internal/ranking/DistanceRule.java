package org.gamescloud.results.internal.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Horizontal jumps and throws (World Athletics Technical Rule 25.22): the mark is the best valid attempt, and a tie is
 * broken on the second best attempt, then the third best, and so on; athletes still equal share the rank. Attempts
 * are a distance, {@code X} (foul), {@code -} (pass) or {@code r} (retired, the last entry). A series without a valid
 * attempt is {@code NM} (no mark). A line sending only a mark has no other attempts to count back on.
 */
final class DistanceRule implements RankingRule {

    /** A final has six attempts; qualification and combined events have three. */
    private static final int MOST_ATTEMPTS = 6;

    private final FieldRanking<List<BigDecimal>> ranking =
            new FieldRanking<>(DistanceRule::read, Countback.HIGHER_FIRST);

    @Override
    public List<RankedResult> rank(List<ResultLine> lines) {
        return ranking.rank(lines);
    }

    private static Reading<List<BigDecimal>> read(ResultLine line) {
        String whose = ResultLines.whose(line);
        MetresMark sent = ResultLines.isAbsent(line.mark()) ? null : MetresMark.parse(whose, "distance", line.mark());
        if (line.attempts().isEmpty()) {
            return sent == null ? Reading.notYetCompeted() : Reading.ranked(sent.notation(), List.of(sent.metres()));
        }
        List<BigDecimal> bestFirst = validAttemptsBestFirst(whose, line.attempts());
        if (sent != null && (bestFirst.isEmpty() || sent.metres().compareTo(bestFirst.get(0)) != 0)) {
            String best = bestFirst.isEmpty() ? "no valid attempt" : "a best of " + notation(bestFirst.get(0));
            throw ResultLines.markDisagrees(line, "attempts " + line.attempts(), best);
        }
        return bestFirst.isEmpty() ? Reading.invalid("NM") : Reading.ranked(notation(bestFirst.get(0)), bestFirst);
    }

    private static List<BigDecimal> validAttemptsBestFirst(String whose, List<String> attempts) {
        if (attempts.size() > MOST_ATTEMPTS) {
            throw InvalidResultException.about(
                    whose, "has %d attempts, more than the %d allowed".formatted(attempts.size(), MOST_ATTEMPTS));
        }
        List<BigDecimal> valid = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            String attempt = attempts.get(i);
            boolean retiredBefore = i > 0 && attempts.get(i - 1).equals("r");
            if (retiredBefore) {
                throw InvalidResultException.about(
                        whose, "attempt %d \"%s\" comes after retiring (r)".formatted(i + 1, attempt));
            }
            if (!attempt.equals("X") && !attempt.equals("-") && !attempt.equals("r")) {
                valid.add(MetresMark.parse(whose, "attempt " + (i + 1), attempt).metres());
            }
        }
        valid.sort(Comparator.reverseOrder());
        return valid;
    }

    private static String notation(BigDecimal metres) {
        return new MetresMark(metres).notation();
    }
}
