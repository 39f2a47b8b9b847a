package org.gamescloud.venues.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.gamescloud.games.ScheduledSession;
import org.gamescloud.games.SessionSchedule;
import org.gamescloud.games.Venue;
import org.gamescloud.games.Venues;
import org.springframework.stereotype.Component;

/**
 * The session and venue every scan looks up, kept for {@link #KEPT_FOR}: a stadium's gates ask for the same session
 * and venue thousands of times a minute (three queries a scan), while the Games data changes only when an
 * administrator adds a session or imports a dataset. Codes not found are not kept, so a session added a moment ago is
 * found at once; a changed one is seen within {@link #KEPT_FOR}.
 */
@Component
class GateLookups {

    static final Duration KEPT_FOR = Duration.ofSeconds(5);

    private final SessionSchedule schedule;
    private final Venues venues;
    private final Cache<String, ScheduledSession> sessions = cache();
    private final Cache<String, Venue> venuesByCode = cache();

    GateLookups(SessionSchedule schedule, Venues venues) {
        this.schedule = schedule;
        this.venues = venues;
    }

    Optional<ScheduledSession> findSession(String code) {
        return find(sessions, code, schedule::findSession);
    }

    Optional<Venue> findVenue(String code) {
        return find(venuesByCode, code, venues::findVenue);
    }

    private static <T> Optional<T> find(Cache<String, T> cache, String code, Function<String, Optional<T>> lookUp) {
        if (code == null) {
            return Optional.empty();
        }
        T kept = cache.getIfPresent(code);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<T> found = lookUp.apply(code);
        found.ifPresent(value -> cache.put(code, value));
        return found;
    }

    private static <T> Cache<String, T> cache() {
        return Caffeine.newBuilder()
                .expireAfterWrite(KEPT_FOR)
                .maximumSize(10_000)
                .build();
    }
}
