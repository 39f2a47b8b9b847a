package org.gamescloud.identity.internal;

import java.util.Set;
import org.gamescloud.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure an administrator exists. Without a profile that is the demo {@code admin}/{@code admin}; the
 * {@code production} profile refuses to start unless {@code GAMES_ADMIN_PASSWORD} is set to something else.
 */
@Component
class AdministratorBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final Users users;
    private final PasswordEncoder passwords;
    private final String password;

    AdministratorBootstrap(
            Users users,
            PasswordEncoder passwords,
            Environment environment,
            @Value("${games.admin.password:}") String password) {
        this.users = users;
        this.passwords = passwords;
        boolean production = environment.acceptsProfiles(Profiles.of("production"));
        if (production && (password.isBlank() || password.equals(ADMIN))) {
            throw new IllegalStateException(
                    "The production profile needs GAMES_ADMIN_PASSWORD set to a password other than the demo one");
        }
        this.password = password.isBlank() ? ADMIN : password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.findByUsername(ADMIN).isPresent()) {
            return;
        }
        try {
            users.create(
                    new GamesUser(ADMIN, passwords.encode(password), "Administrator", Set.of(Role.ADMIN), Set.of()));
            log.info("Created the administrator account '{}'", ADMIN);
        } catch (org.springframework.dao.DuplicateKeyException raceWithAnotherNode) {
            log.debug("Another node created the administrator first");
        }
    }
}
