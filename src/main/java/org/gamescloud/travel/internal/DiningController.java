package org.gamescloud.travel.internal;

import java.time.LocalTime;
import java.util.List;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.gamescloud.travel.internal.dining.Diet;
import org.gamescloud.travel.internal.dining.RestaurantFinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Places to eat near a venue or a point. The restaurants are synthetic (see {@code RestaurantGenerator}). */
@RestController
class DiningController {

    private final Dining dining;
    private final GamesClock clock;

    DiningController(Dining dining, GamesClock clock) {
        this.dining = dining;
        this.clock = clock;
    }

    record Eatery(
            String name,
            String nameZh,
            String cuisine,
            String cuisineZh,
            List<String> diets,
            double latitude,
            double longitude,
            int distanceMeters,
            int walkMinutes,
            double rating,
            int priceLevel,
            LocalTime opens,
            LocalTime closes,
            String nearVenue,
            boolean synthetic) {

        static Eatery of(RestaurantFinder.Found found) {
            var restaurant = found.restaurant();
            return new Eatery(
                    restaurant.name(),
                    restaurant.nameZh(),
                    restaurant.cuisine().label(),
                    restaurant.cuisine().labelZh(),
                    restaurant.diets().stream().map(Diet::code).toList(),
                    restaurant.latitude(),
                    restaurant.longitude(),
                    found.distance_m(),
                    found.walkMinutes(),
                    restaurant.rating(),
                    restaurant.priceLevel(),
                    restaurant.opens(),
                    restaurant.closes(),
                    restaurant.nearVenue(),
                    true);
        }
    }

    @GetMapping("/api/dining")
    List<Eatery> dining(
            @RequestParam String near,
            @RequestParam(required = false) String diet,
            @RequestParam(required = false) String openAt,
            @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 100) {
            throw Problems.badRequest("limit is 1..100");
        }
        Diet wanted = diet == null || diet.isBlank()
                ? null
                : Diet.find(diet).orElseThrow(() -> Problems.badRequest("diet is halal, vegetarian or vegan"));
        LocalTime open = openAt == null || openAt.isBlank()
                ? null
                : DepartureTimes.parse(openAt, clock).toLocalTime();
        return dining.find(near, wanted, open, limit).stream().map(Eatery::of).toList();
    }
}
