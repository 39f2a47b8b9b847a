package org.gamescloud.identity.internal;

import java.util.Set;
import org.gamescloud.identity.Role;
import org.gamescloud.identity.VenueScopes;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

@Component
class JdbcVenueScopes implements VenueScopes {

    @Override
    public boolean mayActFor(Authentication authentication, Role role, String venueCode) {
        if (authentication == null || !(authentication.getPrincipal() instanceof GamesUser user)) {
            return false;
        }
        if (user.roles().contains(Role.ADMIN)) {
            return true;
        }
        return user.roles().contains(role) && user.venues().contains(venueCode);
    }

    @Override
    public Set<String> venuesOf(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof GamesUser user) {
            return user.venues();
        }
        return Set.of();
    }
}
