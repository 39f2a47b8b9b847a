package org.gamescloud.games;

import java.util.List;
import org.gamescloud.platform.Bilingual;

/**
 * A competition venue. {@code locationEstimated} and {@code capacityEstimated} flag values filled in plausibly
 * where no source gave them.
 */
public record Venue(
        String code,
        String name,
        String nameZh,
        String city,
        Double latitude,
        Double longitude,
        boolean locationEstimated,
        Integer capacity,
        boolean capacityEstimated,
        List<String> disciplines)
        implements Bilingual {}
