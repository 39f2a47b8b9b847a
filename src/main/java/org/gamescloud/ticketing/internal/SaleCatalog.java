package org.gamescloud.ticketing.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.MedalUnit;
import org.gamescloud.games.ScheduledSession;
import org.gamescloud.games.SessionSchedule;
import org.gamescloud.games.Venue;
import org.gamescloud.games.Venues;
import org.springframework.stereotype.Component;

/**
 * What is for sale, derived from the Games data: every session of a venue with a capacity is sold from the moment
 * its sale window opens until it starts. Venues holding only road and open-course disciplines (road cycling, mountain
 * bike, triathlon, open water, marathon, golf, sailing) sell standing areas; all others seats. A venue without a known
 * capacity is sold as 2,000 places.
 */
@Component
class SaleCatalog {

    static final int DEFAULT_CAPACITY = 2_000;

    private static final Set<String> STANDING_DISCIPLINES = Set.of("CRD", "MTB", "TRI", "OWS", "MAR", "GLF", "SAL");

    private final SessionSchedule schedule;
    private final Venues venues;
    private final TicketingProperties properties;
    private final Map<String, SaleSession> sessions = new ConcurrentHashMap<>();

    SaleCatalog(SessionSchedule schedule, Venues venues, TicketingProperties properties) {
        this.schedule = schedule;
        this.venues = venues;
        this.properties = properties;
    }

    Optional<SaleSession> find(String sessionCode) {
        SaleSession known = sessions.get(sessionCode);
        if (known != null) {
            return Optional.of(known);
        }
        return schedule.findSession(sessionCode).flatMap(this::toSale).map(this::remember);
    }

    /** The sessions on sale at {@code now}, by start time. */
    List<SaleSession> listOnSale(OffsetDateTime now) {
        return schedule.listSessionsStarting(now, now.plus(properties.saleOpensBefore())).stream()
                .map(session -> Optional.ofNullable(sessions.get(session.code()))
                        .or(() -> toSale(session).map(this::remember)))
                .flatMap(Optional::stream)
                .filter(sale -> sale.onSaleAt(now))
                .toList();
    }

    private SaleSession remember(SaleSession sale) {
        sessions.put(sale.code(), sale);
        return sale;
    }

    private Optional<SaleSession> toSale(ScheduledSession session) {
        return venues.findVenue(session.venue()).map(venue -> {
            SeatMap map = SeatMap.generate(capacity(venue), isStanding(venue));
            String discipline = discipline(session);
            PriceList.Stage stage = stage(session.units());
            List<SaleSession.Category> categories = map.categories().entrySet().stream()
                    .map(e -> new SaleSession.Category(
                            e.getKey(), PriceList.price(e.getKey(), discipline, stage), e.getValue()))
                    .toList();
            return new SaleSession(
                    session.code(),
                    session.venue(),
                    venue.city(),
                    session.name(),
                    session.nameZh(),
                    discipline,
                    session.start(),
                    session.end(),
                    session.start().minus(properties.saleOpensBefore()),
                    map,
                    categories);
        });
    }

    private static int capacity(Venue venue) {
        return venue.capacity() == null || venue.capacity() <= 0 ? DEFAULT_CAPACITY : venue.capacity();
    }

    private static boolean isStanding(Venue venue) {
        return !venue.disciplines().isEmpty() && STANDING_DISCIPLINES.containsAll(venue.disciplines());
    }

    private static String discipline(ScheduledSession session) {
        return session.units().stream()
                .map(CompetitionUnit::event)
                .filter(event -> event != null && event.length() >= 3)
                .map(event -> event.substring(0, 3))
                .findFirst()
                .orElse("");
    }

    private static PriceList.Stage stage(List<CompetitionUnit> units) {
        boolean isFinal = units.stream().anyMatch(u -> "FNL".equals(u.phase()) || u.medal() == MedalUnit.GOLD);
        if (isFinal) {
            return PriceList.Stage.FINAL;
        }
        boolean isSemi = units.stream().anyMatch(u -> "SFNL".equals(u.phase()) || u.medal() == MedalUnit.SEMIFINAL);
        return isSemi ? PriceList.Stage.SEMIFINAL : PriceList.Stage.PRELIMINARY;
    }
}
