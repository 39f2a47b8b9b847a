/**
 * Travel: transit timetables imported from GTFS feeds (a generated six-city feed for the demo), journey planning with
 * RAPTOR, and dining recommendations near venues.
 */
@ApplicationModule(displayName = "Travel")
package org.gamescloud.travel;

import org.springframework.modulith.ApplicationModule;
