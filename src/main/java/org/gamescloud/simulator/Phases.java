package org.gamescloud.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The phases of an event in the order they are held, each with its units in bracket order (by unit code). */
final class Phases {

    private static final Set<String> KNOCKOUT = Set.of("R64", "R32", "R16", "QFNL", "SFNL", "REP", "BRNZ", "FNL");

    private final Map<String, List<Unit>> byType = new LinkedHashMap<>();

    Phases(List<Unit> unitsOfEvent) {
        unitsOfEvent.stream()
                .sorted(Comparator.comparing(Unit::start).thenComparing(Unit::code))
                .forEach(unit -> byType.computeIfAbsent(unit.phaseType(), type -> new ArrayList<>())
                        .add(unit));
        byType.values().forEach(units -> units.sort(Comparator.comparing(Unit::code)));
    }

    boolean has(String phaseType) {
        return byType.containsKey(phaseType);
    }

    List<Unit> unitsOf(String phaseType) {
        return byType.getOrDefault(phaseType, List.of());
    }

    /** The unit's place among the units of its phase, in bracket order; 0 if the phase does not list it. */
    int indexOf(Unit unit) {
        return Math.max(
                0, unitsOf(unit.phaseType()).stream().map(Unit::code).toList().indexOf(unit.code()));
    }

    /**
     * The round the unit's phase follows on from: the last phase held before it, leaving out repechages and
     * bronze-medal contests, which lead nowhere.
     */
    Optional<String> before(Unit unit) {
        String previous = null;
        for (String type : byType.keySet()) {
            if (type.equals(unit.phaseType())) {
                return Optional.ofNullable(previous);
            }
            if (!type.equals("REP") && !type.equals("BRNZ")) {
                previous = type;
            }
        }
        return Optional.empty();
    }

    /** The pool phases (GPA, GPB…), in order. */
    List<String> pools() {
        return byType.keySet().stream()
                .filter(type -> type.matches("GP[A-Z]"))
                .sorted()
                .toList();
    }

    /**
     * Whether a unit of a measured sport is a match of two in a bracket (archery, speed climbing, team sprint): the
     * event has bronze-medal contests, and the unit is in a knockout phase.
     */
    boolean isBracketMatch(Unit unit) {
        return has("BRNZ") && isKnockout(unit.phaseType());
    }

    static boolean isKnockout(String phaseType) {
        return KNOCKOUT.contains(phaseType);
    }
}
