package org.gamescloud.games;

import java.time.OffsetDateTime;
import org.gamescloud.platform.Bilingual;

/** A competition session as other modules see it: where and when, without its units. */
public record ScheduledSession(
        String code, String venue, OffsetDateTime start, OffsetDateTime end, String name, String nameZh)
        implements Bilingual {}
