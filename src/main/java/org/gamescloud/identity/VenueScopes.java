package org.gamescloud.identity;

import java.util.Set;
import org.springframework.security.core.Authentication;

/** Per-venue scoping: a results operator may write only for units at its venues; an admin may act anywhere. */
public interface VenueScopes {

    /** Whether the authenticated user holds {@code role} for {@code venueCode} (ADMIN holds every role everywhere). */
    boolean mayActFor(Authentication authentication, Role role, String venueCode);

    /** The venues the user is scoped to. */
    Set<String> venuesOf(Authentication authentication);
}
