package org.gamescloud.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.client.RestTestClient;

@GamesIntegrationTest
class VenueScopesTests {

    @Autowired
    RestTestClient client;

    @Autowired
    UserDetailsService users;

    @Autowired
    VenueScopes scopes;

    @Test
    void scopesAnOperatorToItsVenuesAndRoleWhileAnAdminActsAnywhere() {
        String operator = TestUsers.create(client, List.of("RESULTS_OPERATOR"), List.of("MINI-STA"));
        var authentication = authenticated(operator);
        assertThat(scopes.mayActFor(authentication, Role.RESULTS_OPERATOR, "MINI-STA"))
                .isTrue();
        assertThat(scopes.mayActFor(authentication, Role.RESULTS_OPERATOR, "HOSC-AQU"))
                .isFalse();
        assertThat(scopes.mayActFor(authentication, Role.GATE, "MINI-STA")).isFalse();
        assertThat(scopes.mayActFor(authenticated("admin"), Role.RESULTS_OPERATOR, "HOSC-AQU"))
                .isTrue();
        assertThat(scopes.mayActFor(null, Role.RESULTS_OPERATOR, "MINI-STA")).isFalse();
    }

    private UsernamePasswordAuthenticationToken authenticated(String username) {
        var user = users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
