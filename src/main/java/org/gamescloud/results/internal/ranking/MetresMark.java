package org.gamescloud.results.internal.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A distance or a height in metres, measured to the centimetre ({@code 8.95}); shown with two decimals.
 *
 * @param metres more than zero, at most two decimals
 */
record MetresMark(BigDecimal metres) implements Mark, Comparable<MetresMark> {

    /**
     * @param what what the value is, for messages: {@code distance}, {@code height}, {@code attempt 2}
     */
    static MetresMark parse(String whose, String what, String text) {
        return new MetresMark(new DecimalNotation(what, 2, "8.95").parsePositive(whose, text));
    }

    @Override
    public String notation() {
        return metres.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Natural order is shortest first; the rules reverse it, longer and higher being better. */
    @Override
    public int compareTo(MetresMark other) {
        return metres.compareTo(other.metres);
    }
}
