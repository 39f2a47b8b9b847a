package org.gamescloud.games;

import java.util.List;
import java.util.Optional;

/** The venues of the Games. */
public interface Venues {

    Optional<Venue> findVenue(String code);

    List<Venue> listVenues();
}
