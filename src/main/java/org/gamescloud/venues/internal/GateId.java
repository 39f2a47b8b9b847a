package org.gamescloud.venues.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gate: {@code <venue code>/<label>}, e.g. {@code HOSC-STA/North 3}. Gates are not registered: the label is free,
 * the venue part names the venue the gate stands at, which must exist and to which the gate user must be scoped.
 */
record GateId(String venueCode, String label) {

    private static final Pattern FORMAT =
            Pattern.compile("([A-Z0-9][A-Z0-9-]{0,33})/([A-Za-z0-9][A-Za-z0-9 ._-]{0,28})");

    static Optional<GateId> parse(String gate) {
        if (gate == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(gate.strip());
        return matcher.matches() ? Optional.of(new GateId(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    @Override
    public String toString() {
        return venueCode + "/" + label;
    }
}
