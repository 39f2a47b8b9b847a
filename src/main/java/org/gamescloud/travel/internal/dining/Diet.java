package org.gamescloud.travel.internal.dining;

import java.util.Locale;
import java.util.Optional;

/** Dietary needs a restaurant caters for; vegan food is vegetarian too. */
public enum Diet {
    HALAL,
    VEGETARIAN,
    VEGAN;

    public static Optional<Diet> find(String text) {
        for (Diet diet : values()) {
            if (diet.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(diet);
            }
        }
        return Optional.empty();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
