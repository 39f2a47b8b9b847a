package org.gamescloud.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Places a field on its final marks, as the server's rule will: an IRM or no mark does not place. */
final class Placing {

    private Placing() {}

    /**
     * @param lowerIsBetter times and penalties; otherwise higher is better
     */
    static Outcome of(List<Line> lines, boolean lowerIsBetter) {
        Comparator<Line> order = Comparator.comparing(line -> Notation.value(line.mark()));
        if (!lowerIsBetter) {
            order = order.reversed();
        }
        List<Line> placed = lines.stream()
                .filter(line -> line.irm() == null && line.mark() != null)
                .sorted(order)
                .toList();
        List<String> competitors = new ArrayList<>();
        placed.forEach(line -> competitors.add(line.competitor()));
        boolean apart = placed.size() < 2 || !sameMark(placed.get(0), placed.get(1));
        return new Outcome(competitors, apart);
    }

    private static boolean sameMark(Line a, Line b) {
        BigDecimal first = Notation.value(a.mark());
        return first.compareTo(Notation.value(b.mark())) == 0;
    }
}
