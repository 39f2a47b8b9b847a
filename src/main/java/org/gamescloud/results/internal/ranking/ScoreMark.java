package org.gamescloud.results.internal.ranking;

import java.math.BigDecimal;

/**
 * A score: points ({@code 85.250}), strokes, penalties, a judged total or the score of one side of a contest
 * ({@code 3}). Scores are never negative: golf is sent in strokes (not relative to par), equestrian and sailing in
 * penalty or net points, all of which start at zero.
 *
 * @param points at least zero, at most three decimals (gymnastics is scored to the thousandth)
 */
record ScoreMark(BigDecimal points) implements Mark, Comparable<ScoreMark> {

    private static final DecimalNotation SCORE = new DecimalNotation("score", 3, "85.250");

    static ScoreMark parse(String whose, String text) {
        return new ScoreMark(SCORE.parse(whose, text));
    }

    /** Shown with the decimals it was sent with: {@code 85.250} stays {@code 85.250}. */
    @Override
    public String notation() {
        return points.toPlainString();
    }

    /** Natural order is lowest first. */
    @Override
    public int compareTo(ScoreMark other) {
        return points.compareTo(other.points);
    }
}
