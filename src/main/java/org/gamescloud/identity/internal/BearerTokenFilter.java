package org.gamescloud.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the stored token hashes. The principal of a token is
 * kept for as long as {@link Tokens} keeps the token itself (roles and venues of an account are fixed when it is
 * created), so a machine client's request costs no database round trip.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final Tokens tokens;
    private final Users users;
    private final AuthenticationEntryPoint entryPoint;
    private final Cache<String, Optional<GamesUser>> principals = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30))
            .maximumSize(100_000)
            .build();

    BearerTokenFilter(Tokens tokens, Users users, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.users = users;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(PREFIX.length()).trim();
        var user = tokens.findOwner(token).flatMap(owner -> principals.get(owner.username(), this::principalOf));
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(
                    request, response, new BadCredentialsException("The bearer token is unknown, expired or revoked"));
            return;
        }
        GamesUser principal = user.get();
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.setAttribute(BearerTokenFilter.class.getName(), token);
        chain.doFilter(request, response);
    }

    private Optional<GamesUser> principalOf(String username) {
        return users.findByUsername(username).map(GamesUser::withoutPassword);
    }

    static String currentToken(HttpServletRequest request) {
        return (String) request.getAttribute(BearerTokenFilter.class.getName());
    }
}
