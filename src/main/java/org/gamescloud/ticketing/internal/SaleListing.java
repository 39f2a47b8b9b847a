package org.gamescloud.ticketing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gamescloud.games.Discipline;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.platform.GamesClock;
import org.springframework.stereotype.Component;

/** The sessions on sale with what is left in each category, filtered as the sale pages and the API ask. */
@Component
class SaleListing {

    private final SaleCatalog catalog;
    private final Availability availability;
    private final GamesCatalog games;

    SaleListing(SaleCatalog catalog, Availability availability, GamesCatalog games) {
        this.catalog = catalog;
        this.availability = availability;
        this.games = games;
    }

    /** Any part may be null. {@code sport} matches a discipline code or the code of its sport. */
    record Filter(String sport, LocalDate date, String city) {

        boolean accepts(SaleSession session, GamesCatalog games) {
            if (date != null
                    && !session.start()
                            .atZoneSameInstant(GamesClock.GAMES_ZONE)
                            .toLocalDate()
                            .equals(date)) {
                return false;
            }
            if (city != null && !city.isBlank() && !session.city().equalsIgnoreCase(city.strip())) {
                return false;
            }
            if (sport == null || sport.isBlank() || sport.equalsIgnoreCase(session.discipline())) {
                return true;
            }
            return games.findDiscipline(session.discipline())
                    .map(Discipline::sport)
                    .filter(sport::equalsIgnoreCase)
                    .isPresent();
        }
    }

    record Listed(SaleSession session, List<ListedCategory> categories) {}

    record ListedCategory(SaleSession.Category category, int available) {}

    List<Listed> list(OffsetDateTime now, Filter filter) {
        List<SaleSession> sessions = catalog.listOnSale(now).stream()
                .filter(s -> filter.accepts(s, games))
                .toList();
        Map<String, Map<String, Integer>> taken =
                availability.taken(sessions.stream().map(SaleSession::code).toList());
        return sessions.stream()
                .map(s -> new Listed(
                        s,
                        s.categories().stream()
                                .map(c -> new ListedCategory(c, availability.available(taken, s, c)))
                                .toList()))
                .toList();
    }
}
