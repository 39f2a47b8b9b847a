/**
 * Results: venue systems post full-replacement results messages per unit; each applied message becomes an
 * immutable revision, ranked by the rule of the event's scoring family; medal units award medals when they become
 * OFFICIAL, and the medal table follows every correction. Other modules learn of changes through the events of
 * this package ({@link org.gamescloud.results.UnitResultsChanged}, {@link org.gamescloud.results.ResultOfficialised},
 * {@link org.gamescloud.results.MedalsAwarded}); results know none of them.
 */
@ApplicationModule(displayName = "Results")
package org.gamescloud.results;

import org.springframework.modulith.ApplicationModule;
