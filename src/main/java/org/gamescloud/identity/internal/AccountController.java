package org.gamescloud.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gamescloud.games.Venues;
import org.gamescloud.identity.Role;
import org.gamescloud.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccountController {

    static final String USERNAME_PATTERN = "[a-zA-Z0-9._-]{3,32}";

    private final Users users;
    private final Tokens tokens;
    private final AccountCreation accounts;
    private final Venues venues;

    AccountController(Users users, Tokens tokens, AccountCreation accounts, Venues venues) {
        this.users = users;
        this.tokens = tokens;
        this.accounts = accounts;
        this.venues = venues;
    }

    record SignUp(
            @NotBlank @Pattern(regexp = USERNAME_PATTERN, message = "must be 3–32 letters, digits, '.', '_' or '-'")
            String username,

            @NotBlank @Size(min = 8, max = 128, message = "must be 8 to 128 characters")
            String password,

            @Size(max = 100) String displayName) {}

    record NewUser(
            @NotBlank @Pattern(regexp = USERNAME_PATTERN, message = "must be 3–32 letters, digits, '.', '_' or '-'")
            String username,

            @NotBlank @Size(min = 8, max = 128, message = "must be 8 to 128 characters")
            String password,

            @Size(max = 100) String displayName,
            @NotEmpty List<@NotNull Role> roles,
            List<@NotBlank String> venues) {}

    record Account(String username, String displayName, Set<Role> roles, Set<String> venues) {

        static Account of(GamesUser user) {
            return new Account(user.username(), user.displayName(), user.roles(), user.venues());
        }
    }

    record TokenIssued(String token, Instant expiresAt) {}

    @PostMapping("/api/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    Account signUp(@Valid @RequestBody SignUp request) {
        try {
            return Account.of(accounts.createSpectator(request.username(), request.password(), request.displayName()));
        } catch (AccountCreation.UsernameTaken e) {
            throw Problems.conflict(e.getMessage());
        }
    }

    @PostMapping("/api/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    Account createUser(@Valid @RequestBody NewUser request) {
        Set<String> scope = new LinkedHashSet<>(request.venues() == null ? List.of() : request.venues());
        for (String venue : scope) {
            if (venues.findVenue(venue).isEmpty()) {
                throw Problems.badRequest("Unknown venue " + venue);
            }
        }
        try {
            return Account.of(accounts.create(
                    request.username(), request.password(), request.displayName(), request.roles(), scope));
        } catch (AccountCreation.UsernameTaken e) {
            throw Problems.conflict(e.getMessage());
        }
    }

    @PostMapping("/api/auth/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenIssued issueToken(@AuthenticationPrincipal GamesUser user) {
        Tokens.IssuedToken issued = tokens.issue(user.username());
        return new TokenIssued(issued.token(), issued.expiresAt());
    }

    @DeleteMapping("/api/auth/tokens")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeCurrentToken(HttpServletRequest request) {
        String token = BearerTokenFilter.currentToken(request);
        if (token == null) {
            throw Problems.badRequest("Send the token to revoke as Authorization: Bearer <token>");
        }
        tokens.revoke(token);
    }

    @DeleteMapping("/api/admin/users/{username}/tokens")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeTokensOf(@PathVariable String username) {
        if (users.findByUsername(username).isEmpty()) {
            throw Problems.notFound("No user " + username);
        }
        tokens.revokeAllOf(username);
    }
}
