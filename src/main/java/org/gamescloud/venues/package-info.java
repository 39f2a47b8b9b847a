/**
 * Venue operations: gate control (scanning e-tickets in and out, offline gates that sync later), live occupancy per
 * venue and session, capacity alerts and the venue manager's dashboard.
 */
@ApplicationModule(displayName = "Venue operations")
package org.gamescloud.venues;

import org.springframework.modulith.ApplicationModule;
