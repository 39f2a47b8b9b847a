package org.gamescloud.travel.internal.dining;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.gamescloud.travel.internal.timetable.Walking;
import org.junit.jupiter.api.Test;

class RestaurantFinderTests {

    private static final double LAT = 30.2277;
    private static final double LON = 120.2303;
    private final List<Restaurant> generated = RestaurantGenerator.near("HZ-OSC", LAT, LON);
    private final RestaurantFinder finder = new RestaurantFinder(generated);

    @Test
    void generatesTheSameRestaurantsForAVenueEveryTimeWithinWalkingDistance() {
        assertThat(RestaurantGenerator.near("HZ-OSC", LAT, LON)).isEqualTo(generated);
        assertThat(generated).hasSize(RestaurantGenerator.PER_VENUE).allSatisfy(restaurant -> {
            assertThat(Walking.distance_m(LAT, LON, restaurant.latitude(), restaurant.longitude()))
                    .isLessThanOrEqualTo(RestaurantGenerator.MAX_DISTANCE_M + 1);
            assertThat(restaurant.rating()).isBetween(3.0, 5.0);
            assertThat(restaurant.priceLevel()).isBetween(1, 4);
        });
        assertThat(RestaurantGenerator.near("NB-GYM", LAT, LON)).isNotEqualTo(generated);
    }

    @Test
    void keepsOnlyRestaurantsServingTheDiet() {
        List<RestaurantFinder.Found> halal = finder.find(LAT, LON, Diet.HALAL, null, 100);
        assertThat(halal)
                .allSatisfy(found -> assertThat(found.restaurant().diets()).contains(Diet.HALAL));
        assertThat(halal.size()).isLessThan(generated.size());
    }

    @Test
    void keepsOnlyRestaurantsOpenAtTheTimeIncludingPastMidnight() {
        Restaurant lateNight = restaurant(Cuisine.NIGHT_MARKET, 4.0, LocalTime.of(17, 0), LocalTime.of(2, 0), 0.001);
        Restaurant lunch = restaurant(Cuisine.HANGZHOU, 4.0, LocalTime.of(10, 30), LocalTime.of(21, 30), 0.001);
        RestaurantFinder two = new RestaurantFinder(List.of(lateNight, lunch));
        assertThat(two.find(LAT, LON, null, LocalTime.of(1, 0), 10))
                .extracting(RestaurantFinder.Found::restaurant)
                .containsExactly(lateNight);
        assertThat(two.find(LAT, LON, null, LocalTime.of(12, 0), 10))
                .extracting(RestaurantFinder.Found::restaurant)
                .containsExactly(lunch);
    }

    @Test
    void ranksACloseWellRatedPlaceAboveAFarAverageOneAndADedicatedPlaceForTheDiet() {
        Restaurant near = restaurant(Cuisine.HANGZHOU, 4.6, LocalTime.MIN, LocalTime.MAX, 0.002);
        Restaurant far = restaurant(Cuisine.HANGZHOU, 3.5, LocalTime.MIN, LocalTime.MAX, 0.010);
        Restaurant noodles = restaurant(Cuisine.LANZHOU_NOODLES, 4.0, LocalTime.MIN, LocalTime.MAX, 0.004);
        Restaurant grill = new Restaurant(
                "Harbour Grill",
                "港湾餐厅",
                Cuisine.INTERNATIONAL,
                List.of(Diet.HALAL),
                3,
                4.0,
                LocalTime.MIN,
                LocalTime.MAX,
                LAT + 0.003,
                LON,
                "HZ-OSC");
        RestaurantFinder four = new RestaurantFinder(List.of(far, noodles, near, grill));
        assertThat(four.find(LAT, LON, null, null, 10))
                .extracting(RestaurantFinder.Found::restaurant)
                .startsWith(near)
                .endsWith(far);
        assertThat(four.find(LAT, LON, Diet.HALAL, null, 10))
                .extracting(RestaurantFinder.Found::restaurant)
                .containsExactly(noodles, grill);
        assertThat(four.find(LAT, LON, null, null, 2)).hasSize(2);
    }

    private static Restaurant restaurant(
            Cuisine cuisine, double rating, LocalTime opens, LocalTime closes, double north) {
        return new Restaurant(
                cuisine.name() + north,
                "餐厅",
                cuisine,
                cuisine.diets,
                2,
                rating,
                opens,
                closes,
                LAT + north,
                LON,
                "HZ-OSC");
    }
}
