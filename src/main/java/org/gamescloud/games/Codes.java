package org.gamescloud.games;

import java.util.regex.Pattern;

/** Codes of NOCs, venues, events, units, sessions and teams: at most 34 characters from {@code A-Z 0-9 - _}. */
public final class Codes {

    public static final String REGEX = "[A-Z0-9_-]{1,34}";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private Codes() {}

    public static boolean isValid(String code) {
        return code != null && PATTERN.matcher(code).matches();
    }
}
