package org.gamescloud.travel.internal.dining;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic restaurants: for each venue, {@link #PER_VENUE} places within {@link #MAX_DISTANCE_M} (uniform over the
 * disc), cuisines drawn by weight (Hangzhou cooking most common, halal Lanzhou noodles everywhere), ratings 3.0-5.0,
 * hours shifted by up to half an hour. Seeded by the venue code, so the same venue always has the same restaurants.
 * Invented for the demo: no real business is described.
 */
public final class RestaurantGenerator {

    public static final int PER_VENUE = 24;
    public static final double MAX_DISTANCE_M = 1500;

    private RestaurantGenerator() {}

    public static List<Restaurant> near(String venueCode, double latitude, double longitude) {
        Random random = new Random(venueCode.hashCode() * 1_000_003L + 17);
        List<Restaurant> restaurants = new ArrayList<>();
        for (int i = 0; i < PER_VENUE; i++) {
            Cuisine cuisine = pick(random);
            double distance = MAX_DISTANCE_M * Math.sqrt(random.nextDouble());
            double bearing = random.nextDouble() * 2 * Math.PI;
            double north = distance * Math.cos(bearing) / 111_320.0;
            double east = distance * Math.sin(bearing) / (111_320.0 * Math.cos(Math.toRadians(latitude)));
            int word = random.nextInt(cuisine.nameWords.size());
            String kind = cuisine.kindWords.get(random.nextInt(cuisine.kindWords.size()));
            List<Diet> diets = new ArrayList<>(cuisine.diets);
            if (diets.isEmpty() && random.nextInt(3) == 0) {
                diets.add(Diet.VEGETARIAN);
            }
            int shift = random.nextInt(4) * 15 - 15;
            restaurants.add(new Restaurant(
                    cuisine.nameWords.get(word) + " " + kind,
                    cuisine.nameWordsZh.get(word % cuisine.nameWordsZh.size()) + cuisine.kindZh,
                    cuisine,
                    List.copyOf(diets),
                    Math.max(1, Math.min(4, cuisine.priceLevel + random.nextInt(3) - 1)),
                    Math.round((3.0 + random.nextDouble() * 2.0) * 10) / 10.0,
                    shifted(cuisine.opens, shift),
                    shifted(cuisine.closes, shift),
                    latitude + north,
                    longitude + east,
                    venueCode));
        }
        return restaurants;
    }

    private static LocalTime shifted(LocalTime time, int minutes) {
        return time.plusMinutes(minutes);
    }

    private static Cuisine pick(Random random) {
        int total = 0;
        for (Cuisine cuisine : Cuisine.values()) {
            total += cuisine.weight;
        }
        int draw = random.nextInt(total);
        for (Cuisine cuisine : Cuisine.values()) {
            draw -= cuisine.weight;
            if (draw < 0) {
                return cuisine;
            }
        }
        throw new IllegalStateException("weights");
    }
}
