package org.gamescloud.media.internal;

import java.util.Collection;
import java.util.Set;

/**
 * What a partner subscribed to, with the meaning of the live stream's {@code ?event=}, {@code ?unit=} and
 * {@code ?noc=} filters: an empty set places no condition; a non-empty one must match (an update without an event or
 * unit, such as a medal-table update, does not match an event or unit filter). All conditions must hold.
 */
record PartnerFilter(Set<String> events, Set<String> units, Set<String> nocs) {

    static final PartnerFilter EVERYTHING = new PartnerFilter(Set.of(), Set.of(), Set.of());

    PartnerFilter {
        events = Set.copyOf(events);
        units = Set.copyOf(units);
        nocs = Set.copyOf(nocs);
    }

    boolean matches(String eventCode, String unitCode, Collection<String> updateNocs) {
        return admits(events, eventCode) && admits(units, unitCode) && admitsAny(updateNocs);
    }

    private static boolean admits(Set<String> wanted, String code) {
        return wanted.isEmpty() || (code != null && wanted.contains(code));
    }

    private boolean admitsAny(Collection<String> updateNocs) {
        return nocs.isEmpty() || (updateNocs != null && updateNocs.stream().anyMatch(nocs::contains));
    }
}
