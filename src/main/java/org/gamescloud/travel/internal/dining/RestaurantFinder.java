package org.gamescloud.travel.internal.dining;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gamescloud.travel.internal.timetable.GridIndex;
import org.gamescloud.travel.internal.timetable.Walking;

/**
 * Restaurants in a grid index, searched within {@link #SEARCH_RADIUS_M} of a place. Diet and opening time are hard
 * filters; the rest are ranked by a score in minutes: the walk, less 4 minutes per rating star above 4, less 5 for a
 * place dedicated to the diet asked for (a halal noodle house rather than a grill with a halal dish).
 */
public final class RestaurantFinder {

    public static final double SEARCH_RADIUS_M = 2000;

    /** A restaurant found, with its walk from the place. */
    public record Found(Restaurant restaurant, int distance_m, int walkMinutes, double score) {}

    private final List<Restaurant> restaurants;
    private final GridIndex index;

    public RestaurantFinder(List<Restaurant> restaurants) {
        this.restaurants = List.copyOf(restaurants);
        this.index = new GridIndex(
                restaurants.stream().mapToDouble(Restaurant::latitude).toArray(),
                restaurants.stream().mapToDouble(Restaurant::longitude).toArray());
    }

    public List<Found> find(double latitude, double longitude, Diet diet, LocalTime openAt, int limit) {
        List<Found> found = new ArrayList<>();
        for (GridIndex.Near near : index.within(latitude, longitude, SEARCH_RADIUS_M)) {
            Restaurant restaurant = restaurants.get(near.point());
            if ((diet != null && !restaurant.serves(diet)) || (openAt != null && !restaurant.isOpenAt(openAt))) {
                continue;
            }
            int walkMinutes = (int) Math.ceil(Walking.duration_s(near.distance_m()) / 60.0);
            double score = walkMinutes
                    - 4 * (restaurant.rating() - 4)
                    - (diet != null && restaurant.cuisine().isDedicatedTo(diet) ? 5 : 0);
            found.add(new Found(restaurant, (int) Math.round(near.distance_m()), walkMinutes, score));
        }
        found.sort(Comparator.comparingDouble(Found::score).thenComparingInt(Found::distance_m));
        return found.size() > limit ? found.subList(0, limit) : found;
    }
}
