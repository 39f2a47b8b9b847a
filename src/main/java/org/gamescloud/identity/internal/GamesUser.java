package org.gamescloud.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.gamescloud.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in person or machine client, with the venues its roles are scoped to. */
record GamesUser(String username, String passwordHash, String displayName, Set<Role> roles, Set<String> venues)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    GamesUser withoutPassword() {
        return new GamesUser(username, null, displayName, roles, venues);
    }
}
