package org.gamescloud.simulator;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A unit of the schedule (a heat, a match, a final), as {@code GET /api/schedule} lists it.
 *
 * @param phase the ODF phase code, e.g. {@code SWMM100MFREE----------HEAT}
 * @param end when the unit is planned to end, or null
 * @param medal {@code GOLD}, {@code BRONZE}, {@code SEMIFINAL} or null
 */
record Unit(
        String code,
        String event,
        String phase,
        String venue,
        OffsetDateTime start,
        OffsetDateTime end,
        String name,
        String medal) {

    /** Units named like one of several run side by side: heats, groups, subdivisions, matches, Final A and B. */
    private static final Pattern ONE_OF_SEVERAL = Pattern.compile(
            "(?i).*\\b(heat|group|subdivision|semi-final|quarter-final|repechage|match|final) [0-9A-H]+$");

    /** The phase type: {@code HEAT}, {@code QFNL}, {@code GPA}, {@code FNL}… (the last four characters, unpadded). */
    String phaseType() {
        String type = phase.length() > 4 ? phase.substring(phase.length() - 4) : phase;
        return type.replace("-", "");
    }

    boolean isPool() {
        return phaseType().matches("GP[A-Z]");
    }

    boolean isMedalUnit() {
        return medal != null;
    }

    /** Whether the unit is one of several of its phase that share out the competitors (heats, groups, matches). */
    boolean isOneOfSeveral() {
        return ONE_OF_SEVERAL.matcher(name == null ? "" : name).matches();
    }

    /** Whether the unit is one of graded finals (Final A for the medals, Final B for the places after). */
    boolean isGradedFinal() {
        return isOneOfSeveral() && name.toLowerCase(Locale.ROOT).startsWith("final ");
    }

    /** The planned duration; a unit with no end is given one by its family. */
    Duration duration(Duration otherwise) {
        if (end == null || !end.isAfter(start)) {
            return otherwise;
        }
        return Duration.between(start, end);
    }
}
