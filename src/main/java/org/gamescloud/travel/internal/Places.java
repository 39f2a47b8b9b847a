package org.gamescloud.travel.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gamescloud.games.Venue;
import org.gamescloud.games.Venues;
import org.gamescloud.platform.Problems;
import org.gamescloud.travel.internal.timetable.Timetable;
import org.springframework.stereotype.Component;

/** Reads the place forms of the API: {@code feedId:stop_id}, a venue code, or {@code lat,lon}. */
@Component
class Places {

    private static final Pattern COORDINATES =
            Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");

    private final Venues venues;

    Places(Venues venues) {
        this.venues = venues;
    }

    Place resolve(String text, Timetable timetable) {
        if (text == null || text.isBlank()) {
            throw Problems.badRequest("A place is needed: a venue code, feedId:stop_id or lat,lon");
        }
        Matcher coordinates = COORDINATES.matcher(text);
        if (coordinates.matches()) {
            double latitude = Double.parseDouble(coordinates.group(1));
            double longitude = Double.parseDouble(coordinates.group(2));
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                throw Problems.badRequest("Impossible coordinates " + text + ": latitude -90..90, longitude -180..180");
            }
            return new Place(latitude + "," + longitude, text.strip(), latitude, longitude, -1);
        }
        if (text.contains(":")) {
            int stop = timetable.findStop(text).orElseThrow(() -> Problems.badRequest("Unknown stop " + text));
            return new Place(text, timetable.stopName(stop), timetable.latitude(stop), timetable.longitude(stop), stop);
        }
        return venue(text);
    }

    Place venue(String code) {
        Venue venue = venues.findVenue(code).orElseThrow(() -> Problems.badRequest("Unknown place " + code));
        if (venue.latitude() == null || venue.longitude() == null) {
            throw Problems.badRequest("Venue " + code + " has no known location");
        }
        return new Place(venue.code(), venue.name(), venue.latitude(), venue.longitude(), -1);
    }
}
