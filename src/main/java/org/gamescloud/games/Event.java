package org.gamescloud.games;

import org.gamescloud.platform.Bilingual;

/** A medal event, e.g. {@code SWMM100MFREE----------} Men's 100 m freestyle, scored by {@link Scoring#TIME}. */
public record Event(
        String code, String name, String nameZh, String discipline, Gender gender, Scoring scoring, boolean team)
        implements Bilingual {}
