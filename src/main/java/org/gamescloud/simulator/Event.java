package org.gamescloud.simulator;

import java.util.Locale;

/**
 * A medal event as {@code GET /api/events} describes it.
 *
 * @param gender {@code M}, {@code W}, {@code X} or {@code O}
 * @param team whether teams (rather than athletes) are entered
 */
record Event(String code, String name, String discipline, String gender, Family family, boolean team) {

    boolean isWomen() {
        return "W".equals(gender);
    }

    /** The name in lower case with "×" written "x", for matching against the tables of plausible marks. */
    String lowerName() {
        return name.toLowerCase(Locale.ROOT).replace('×', 'x');
    }
}
