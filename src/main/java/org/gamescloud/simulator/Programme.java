package org.gamescloud.simulator;

import java.util.List;
import java.util.Optional;

/** What the simulator reads of the Games: events, their units and entrants, and results already official. */
interface Programme {

    /** The event, or null if the server does not know it. */
    Event event(String code);

    /** Every unit of the event, on every day. */
    List<Unit> unitsOf(String event);

    List<Entrant> entrantsOf(String event);

    /** How a unit that this run does not play ended, if it is OFFICIAL on the server. */
    Optional<Outcome> officialOutcome(String unit);
}
