package org.gamescloud.travel.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gamescloud.games.Venue;
import org.gamescloud.games.Venues;
import org.gamescloud.platform.Problems;
import org.gamescloud.travel.internal.dining.Diet;
import org.gamescloud.travel.internal.dining.Restaurant;
import org.gamescloud.travel.internal.dining.RestaurantFinder;
import org.gamescloud.travel.internal.dining.RestaurantGenerator;
import org.springframework.stereotype.Service;

/** The synthetic restaurants around every located venue, generated once per set of venues. */
@Service
class Dining {

    private static final Pattern COORDINATES =
            Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");

    private final Venues venues;
    private volatile RestaurantFinder finder;
    private volatile int venueCount = -1;

    Dining(Venues venues) {
        this.venues = venues;
    }

    List<RestaurantFinder.Found> find(String near, Diet diet, LocalTime openAt, int limit) {
        double[] place = locate(near);
        return finder().find(place[0], place[1], diet, openAt, limit);
    }

    private double[] locate(String near) {
        Matcher coordinates = COORDINATES.matcher(near);
        if (coordinates.matches()) {
            double latitude = Double.parseDouble(coordinates.group(1));
            double longitude = Double.parseDouble(coordinates.group(2));
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                throw Problems.badRequest("Impossible coordinates " + near);
            }
            return new double[] {latitude, longitude};
        }
        Venue venue = venues.findVenue(near).orElseThrow(() -> Problems.badRequest("Unknown place " + near));
        if (venue.latitude() == null || venue.longitude() == null) {
            throw Problems.badRequest("Venue " + near + " has no known location");
        }
        return new double[] {venue.latitude(), venue.longitude()};
    }

    private RestaurantFinder finder() {
        List<Venue> located = venues.listVenues().stream()
                .filter(venue -> venue.latitude() != null && venue.longitude() != null)
                .toList();
        if (finder == null || located.size() != venueCount) {
            List<Restaurant> restaurants = new ArrayList<>();
            for (Venue venue : located) {
                restaurants.addAll(RestaurantGenerator.near(venue.code(), venue.latitude(), venue.longitude()));
            }
            finder = new RestaurantFinder(restaurants);
            venueCount = located.size();
        }
        return finder;
    }
}
