package org.gamescloud.results.internal.ranking;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Orders performances that are compared value by value, higher first: the first values, then on a tie the second,
 * and so on (a long jump series best first, or a gymnastics total then its E and D scores). A list that runs out loses
 * to one that goes on: a jumper with no second valid jump loses the countback to one who has one, and a line sent
 * without the details a tie-break needs cannot win that tie-break.
 */
final class Countback {

    static final Comparator<List<BigDecimal>> HIGHER_FIRST = Countback::compare;

    private Countback() {}

    private static int compare(List<BigDecimal> some, List<BigDecimal> others) {
        for (int i = 0; i < Math.min(some.size(), others.size()); i++) {
            int higherFirst = others.get(i).compareTo(some.get(i));
            if (higherFirst != 0) {
                return higherFirst;
            }
        }
        return Integer.compare(others.size(), some.size());
    }
}
