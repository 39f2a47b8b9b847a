package org.gamescloud.ticketing.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Face values in CNY, plausible for the Games: the popular sports cost more, finals about twice a heat's price,
 * semi-finals in between; category A is nearest the field of play, D the far upper tier.
 */
final class PriceList {

    private static final Set<String> POPULAR =
            Set.of("ATH", "SWM", "DIV", "GAR", "BKB", "FBL", "TTE", "BDM", "VVO", "ESP");

    private static final Map<String, Double> CATEGORY_FACTOR = Map.of("A", 1.0, "B", 0.65, "C", 0.4, "D", 0.25);

    private PriceList() {}

    static BigDecimal price(String category, String discipline, Stage stage) {
        double base = POPULAR.contains(discipline) ? 280 : 150;
        double value = base * stage.factor * CATEGORY_FACTOR.getOrDefault(category, 0.25);
        long roundedToTen = Math.max(30, Math.round(value / 10) * 10);
        return BigDecimal.valueOf(roundedToTen).setScale(2);
    }

    /** The most important phase held in a session decides its price level. */
    enum Stage {
        PRELIMINARY(1.0),
        SEMIFINAL(1.4),
        FINAL(2.0);

        private final double factor;

        Stage(double factor) {
            this.factor = factor;
        }
    }
}
