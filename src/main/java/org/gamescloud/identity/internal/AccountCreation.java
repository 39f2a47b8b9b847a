package org.gamescloud.identity.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.gamescloud.identity.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates accounts, for the sign-up page and the API alike: the password is stored hashed, the display name defaults
 * to the username, and a username is given out once.
 */
@Service
class AccountCreation {

    /** The username asked for belongs to someone already. */
    static class UsernameTaken extends RuntimeException {

        UsernameTaken(String username) {
            super("The username " + username + " is taken");
        }
    }

    private final Users users;
    private final PasswordEncoder passwords;

    AccountCreation(Users users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    /** A spectator signing themselves up. */
    GamesUser createSpectator(String username, String password, String displayName) {
        return create(username, password, displayName, Set.of(Role.SPECTATOR), Set.of());
    }

    GamesUser create(
            String username, String password, String displayName, Collection<Role> roles, Collection<String> venues) {
        if (users.findByUsername(username).isPresent()) {
            throw new UsernameTaken(username);
        }
        GamesUser user = new GamesUser(
                username,
                passwords.encode(password),
                displayName(displayName, username),
                new LinkedHashSet<>(roles),
                new LinkedHashSet<>(venues));
        try {
            users.create(user);
        } catch (DuplicateKeyException takenMeanwhile) {
            throw new UsernameTaken(username);
        }
        return user;
    }

    private static String displayName(String displayName, String username) {
        return displayName == null || displayName.isBlank() ? username : displayName.strip();
    }
}
