package org.gamescloud.games;

import java.time.OffsetDateTime;
import org.gamescloud.platform.Bilingual;

/** A unit of competition (a heat, a match, a final) with its ODF unit code, held at one venue. */
public record CompetitionUnit(
        String code,
        String event,
        String phase,
        String venue,
        OffsetDateTime start,
        OffsetDateTime end,
        String name,
        String nameZh,
        MedalUnit medal)
        implements Bilingual {}
