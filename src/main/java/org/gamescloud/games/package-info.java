/**
 * The Games master data every capability hangs off: NOCs, sports, disciplines, events, phases and units (with ODF
 * codes), venues, sessions, athletes, teams and entries. Other modules read it through {@link
 * org.gamescloud.games.GamesCatalog} and {@link org.gamescloud.games.Venues}.
 */
@ApplicationModule(displayName = "Games data")
package org.gamescloud.games;

import org.springframework.modulith.ApplicationModule;
