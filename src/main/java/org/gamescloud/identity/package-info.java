/**
 * Who is who: accounts, roles, venue scopes and bearer tokens for machine clients, and the security rules of the
 * platform. Other modules ask {@link org.gamescloud.identity.VenueScopes} whether the current user may act for a
 * venue.
 */
@ApplicationModule(displayName = "Identity")
package org.gamescloud.identity;

import org.springframework.modulith.ApplicationModule;
