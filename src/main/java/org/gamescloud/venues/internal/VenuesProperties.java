package org.gamescloud.venues.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param alertThresholds shares of a venue's capacity (in percent) at which an alert is raised once per session
 */
@ConfigurationProperties("games.venues")
record VenuesProperties(List<Integer> alertThresholds) {

    VenuesProperties {
        alertThresholds = alertThresholds == null
                ? List.of(90, 100)
                : alertThresholds.stream().sorted().toList();
        if (alertThresholds.stream().anyMatch(pct -> pct <= 0 || pct > 200)) {
            throw new IllegalArgumentException("games.venues.alert-thresholds must be percentages in 1..200");
        }
    }
}
