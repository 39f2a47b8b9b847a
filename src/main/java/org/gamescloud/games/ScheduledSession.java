package org.gamescloud.games;

import java.time.OffsetDateTime;
import java.util.List;
import org.gamescloud.platform.Bilingual;

/** A competition session: one venue, a time window (Games-local) and the units held in it. */
public record ScheduledSession(
        String code,
        String venue,
        OffsetDateTime start,
        OffsetDateTime end,
        String name,
        String nameZh,
        List<CompetitionUnit> units)
        implements Bilingual {

    public ScheduledSession {
        units = List.copyOf(units);
    }

    /** A session as far as where and when go, without its units. */
    public ScheduledSession(
            String code, String venue, OffsetDateTime start, OffsetDateTime end, String name, String nameZh) {
        this(code, venue, start, end, name, nameZh, List.of());
    }
}
