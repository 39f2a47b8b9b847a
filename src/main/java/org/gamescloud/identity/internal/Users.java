package org.gamescloud.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gamescloud.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** The accounts, stored with hashed passwords. */
@Repository
class Users implements UserDetailsService {

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<GamesUser> findByUsername(String username) {
        return jdbc.sql(
                        "SELECT username, password_hash, display_name, roles, venues FROM app_user WHERE username = :username")
                .param("username", username)
                .query((rs, row) -> map(rs))
                .optional();
    }

    @Override
    public GamesUser loadUserByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** Creates the user; a duplicate username raises {@link org.springframework.dao.DuplicateKeyException}. */
    void create(GamesUser user) {
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, display_name, roles, venues)
                VALUES (:username, :hash, :displayName, :roles, :venues)
                """)
                .param("username", user.username())
                .param("hash", user.passwordHash())
                .param("displayName", user.displayName())
                .param("roles", user.roles().stream().map(Role::name).toArray(String[]::new))
                .param("venues", user.venues().toArray(String[]::new))
                .update();
    }

    void changePassword(String username, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE username = :username")
                .param("hash", passwordHash)
                .param("username", username)
                .update();
    }

    private static GamesUser map(ResultSet rs) throws SQLException {
        Set<Role> roles = strings(rs.getArray("roles")).stream()
                .map(Role::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new GamesUser(
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                roles,
                strings(rs.getArray("venues")));
    }

    private static Set<String> strings(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
    }
}
