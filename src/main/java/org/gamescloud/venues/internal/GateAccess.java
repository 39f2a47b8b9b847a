package org.gamescloud.venues.internal;

import java.util.List;
import org.gamescloud.games.Venue;
import org.gamescloud.games.Venues;
import org.gamescloud.identity.Role;
import org.gamescloud.identity.VenueScopes;
import org.gamescloud.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Who may work a gate or watch a venue: GATE (or VENUE_MANAGER) users scoped to that venue, or ADMIN. */
@Component
class GateAccess {

    private final VenueScopes scopes;
    private final Venues venues;
    private final GateLookups lookups;

    GateAccess(VenueScopes scopes, Venues venues, GateLookups lookups) {
        this.scopes = scopes;
        this.venues = venues;
        this.lookups = lookups;
    }

    /** The gate, once its id is well-formed, its venue exists and the user may scan there. */
    GateId gate(String gate, Authentication user) {
        GateId id = GateId.parse(gate)
                .orElseThrow(
                        () -> Problems.badRequest(
                                "gate must be <venue code>/<label> (letters, digits, space, '.', '_', '-'), e.g. HOSC-STA/North 3"));
        requireVenue(id.venueCode());
        if (!scopes.mayActFor(user, Role.GATE, id.venueCode())) {
            throw Problems.forbidden("Not a gate of venue " + id.venueCode());
        }
        return id;
    }

    /** The venue code, once the venue exists and the user manages it. */
    String managedVenue(String venueCode, Authentication user) {
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            throw Problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Sign in as a manager of the venue");
        }
        if (venues.findVenue(venueCode).isEmpty()) {
            throw Problems.notFound("No venue " + venueCode);
        }
        if (!scopes.mayActFor(user, Role.VENUE_MANAGER, venueCode)) {
            throw Problems.forbidden("Not a manager of venue " + venueCode);
        }
        return venueCode;
    }

    /** The venues the user works at, or every venue for an administrator. */
    List<String> venuesOf(Authentication user) {
        if (user != null
                && user.getAuthorities().stream()
                        .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()))) {
            return venues.listVenues().stream().map(Venue::code).toList();
        }
        return scopes.venuesOf(user).stream().sorted().toList();
    }

    private void requireVenue(String venueCode) {
        if (lookups.findVenue(venueCode).isEmpty()) {
            throw Problems.badRequest("No venue " + venueCode);
        }
    }
}
