package org.gamescloud.ticketing.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A Games session as ticketing sells it: its seat map, price categories and sale window. */
record SaleSession(
        String code,
        String venue,
        String city,
        String name,
        String nameZh,
        String discipline,
        OffsetDateTime start,
        OffsetDateTime end,
        OffsetDateTime saleOpens,
        SeatMap seatMap,
        List<Category> categories) {

    record Category(String code, BigDecimal price, SeatMap.SeatRange seats) {}

    boolean onSaleAt(OffsetDateTime now) {
        return !now.isBefore(saleOpens) && now.isBefore(start);
    }

    Optional<Category> findCategory(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    Optional<Category> categoryOfSeat(int seatNo) {
        return categories.stream()
                .filter(c -> seatNo >= c.seats().first() && seatNo < c.seats().end())
                .findFirst();
    }
}
