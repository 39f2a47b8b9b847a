package org.gamescloud.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Who competes in each unit. Heats and groups share out the entrants; a final takes the best eight of the round
 * before; a knockout match takes the winners (a bronze-medal contest or repechage, the losers) of the matches that
 * feed it; a pool match takes two members of its pool. Where the round before was not played (on an earlier day
 * the server has no official result of, or left out by a venue filter), the draw falls back on the event's entrants.
 */
final class StartLists {

    private static final int FINALISTS = 8;
    private static final int LARGEST_FIELD = 40;

    private final Programme programme;
    private final Form form;
    private final Map<String, Outcome> played;

    /**
     * @param played how the units played so far in this run ended, by unit code; the caller adds to it
     */
    StartLists(Programme programme, Form form, Map<String, Outcome> played) {
        this.programme = programme;
        this.form = form;
        this.played = played;
    }

    /** The unit's competitors in start order: two for a match; none when the event has no one entered. */
    List<Entrant> draw(Unit unit, Event event) {
        List<Entrant> entrants = programme.entrantsOf(event.code());
        Map<String, Entrant> byCode = new LinkedHashMap<>();
        entrants.forEach(entrant -> byCode.put(entrant.code(), entrant));
        List<String> shuffled = shuffled(event, byCode.keySet());
        Phases phases = new Phases(programme.unitsOf(event.code()));
        List<String> drawn = isMatch(unit, event) ? pair(unit, phases, shuffled) : field(unit, phases, shuffled);
        return drawn.stream().filter(byCode::containsKey).map(byCode::get).toList();
    }

    /** Whether the unit is a match of two: a contest, or a bracket match of a measured sport. */
    boolean isMatch(Unit unit, Event event) {
        return event.family().isContest() || new Phases(programme.unitsOf(event.code())).isBracketMatch(unit);
    }

    private List<String> field(Unit unit, Phases phases, List<String> shuffled) {
        Optional<String> before = phases.before(unit);
        List<String> ranked =
                before.map(type -> rankingOf(phases.unitsOf(type))).orElse(List.of());
        List<String> candidates = ranked.isEmpty() ? shuffled : ranked;
        int units = phases.unitsOf(unit.phaseType()).size();
        if (!unit.isOneOfSeveral() || units < 2) {
            int size = before.isPresent() ? FINALISTS : LARGEST_FIELD;
            return candidates.subList(0, Math.min(size, candidates.size()));
        }
        int index = phases.indexOf(unit);
        if (before.isPresent()) {
            candidates = candidates.subList(0, Math.min(candidates.size(), FINALISTS * units));
        }
        if (unit.isGradedFinal()) {
            int share = (candidates.size() + units - 1) / units;
            return candidates.subList(
                    Math.min(candidates.size(), index * share), Math.min(candidates.size(), (index + 1) * share));
        }
        List<String> share = new ArrayList<>();
        for (int i = index; i < candidates.size(); i += units) {
            share.add(candidates.get(i));
        }
        return share;
    }

    private List<String> pair(Unit unit, Phases phases, List<String> shuffled) {
        int index = phases.indexOf(unit);
        String type = unit.phaseType();
        List<Optional<String>> slots;
        if (unit.isPool()) {
            slots = poolMatch(unit, phases, shuffled, index);
        } else if (type.equals("FNL") && phases.has("SFNL")) {
            slots = List.of(winner(phases, "SFNL", 0), winner(phases, "SFNL", 1));
        } else if (type.equals("BRNZ") && phases.has("REP")) {
            slots = List.of(winner(phases, "REP", index), loser(phases, "SFNL", 1 - index % 2));
        } else if (type.equals("BRNZ") && phases.has("SFNL")) {
            slots = List.of(loser(phases, "SFNL", 2 * index), loser(phases, "SFNL", 2 * index + 1));
        } else if (type.equals("REP") && phases.has("QFNL")) {
            slots = List.of(loser(phases, "QFNL", 2 * index), loser(phases, "QFNL", 2 * index + 1));
        } else {
            slots = knockout(unit, phases, index);
        }
        return fill(
                slots,
                seeded(unit, phases, shuffled),
                index,
                phases.unitsOf(type).size());
    }

    /** A first round seeds the ranking round (1 v 16, 2 v 15…); later rounds take the winners of the round before. */
    private List<Optional<String>> knockout(Unit unit, Phases phases, int index) {
        Optional<String> before = phases.before(unit);
        if (before.isPresent() && Phases.isKnockout(before.get())) {
            return List.of(winner(phases, before.get(), 2 * index), winner(phases, before.get(), 2 * index + 1));
        }
        return List.of(Optional.empty(), Optional.empty());
    }

    /** Entrants in the order a first round pairs them: by the ranking round where there was one played. */
    private List<String> seeded(Unit unit, Phases phases, List<String> shuffled) {
        List<String> ranked = phases.before(unit)
                .filter(type -> !Phases.isKnockout(type) && !type.matches("GP[A-Z]"))
                .map(type -> rankingOf(phases.unitsOf(type)))
                .orElse(List.of());
        Set<String> order = new LinkedHashSet<>(ranked);
        order.addAll(shuffled);
        return List.copyOf(order);
    }

    /** Match {@code index} of a round of {@code matches}: seeds index and (2 × matches − 1 − index) meet. */
    private static List<String> fill(List<Optional<String>> slots, List<String> seeded, int index, int matches) {
        Set<String> pair = new LinkedHashSet<>();
        slots.forEach(slot -> slot.ifPresent(pair::add));
        int size = seeded.size();
        List<Integer> preferred = List.of(index, 2 * Math.max(matches, 1) - 1 - index);
        for (int i = 0; pair.size() < 2 && i < preferred.size() + size; i++) {
            int seed = i < preferred.size() ? preferred.get(i) : i - preferred.size();
            if (size > 0) {
                pair.add(seeded.get(Math.floorMod(seed, size)));
            }
        }
        return List.copyOf(pair);
    }

    private List<Optional<String>> poolMatch(Unit unit, Phases phases, List<String> shuffled, int index) {
        List<String> pools = phases.pools();
        int pool = Math.max(0, pools.indexOf(unit.phaseType()));
        List<String> members = new ArrayList<>();
        for (int i = pool; i < shuffled.size(); i += Math.max(1, pools.size())) {
            members.add(shuffled.get(i));
        }
        List<List<String>> matches = roundRobin(members);
        if (matches.isEmpty()) {
            return List.of(Optional.empty(), Optional.empty());
        }
        List<String> match = matches.get(index % matches.size());
        return List.of(Optional.of(match.get(0)), Optional.of(match.get(1)));
    }

    /** Every pairing of a pool, round by round (the circle method), so that consecutive matches rest no one. */
    static List<List<String>> roundRobin(List<String> members) {
        List<String> circle = new ArrayList<>(members);
        if (circle.size() % 2 == 1) {
            circle.add(null);
        }
        List<List<String>> matches = new ArrayList<>();
        int n = circle.size();
        for (int round = 0; round < n - 1; round++) {
            for (int i = 0; i < n / 2; i++) {
                String home = circle.get(i);
                String away = circle.get(n - 1 - i);
                if (home != null && away != null) {
                    matches.add(List.of(home, away));
                }
            }
            circle.add(1, circle.remove(n - 1));
        }
        return matches;
    }

    private Optional<String> winner(Phases phases, String type, int index) {
        return outcome(phases, type, index).flatMap(Outcome::winner);
    }

    private Optional<String> loser(Phases phases, String type, int index) {
        return outcome(phases, type, index).flatMap(Outcome::runnerUp);
    }

    private Optional<Outcome> outcome(Phases phases, String type, int index) {
        List<Unit> units = phases.unitsOf(type);
        if (index < 0 || index >= units.size()) {
            return Optional.empty();
        }
        return outcomeOf(units.get(index).code());
    }

    private Optional<Outcome> outcomeOf(String unitCode) {
        Outcome outcome = played.get(unitCode);
        return outcome != null ? Optional.of(outcome) : programme.officialOutcome(unitCode);
    }

    /** The competitors of a round, best first: the winners of every unit, then the seconds, and so on. */
    private List<String> rankingOf(List<Unit> round) {
        List<List<String>> placings = round.stream()
                .map(unit -> outcomeOf(unit.code()).map(Outcome::placed).orElse(List.of()))
                .toList();
        Set<String> ranking = new LinkedHashSet<>();
        int deepest = placings.stream().mapToInt(List::size).max().orElse(0);
        for (int place = 0; place < deepest; place++) {
            for (List<String> placing : placings) {
                if (place < placing.size()) {
                    ranking.add(placing.get(place));
                }
            }
        }
        return List.copyOf(ranking);
    }

    /** The event's entrants in an order drawn once per event and seed: pools and heats are shared out from it. */
    private List<String> shuffled(Event event, Set<String> entrants) {
        List<String> order = new ArrayList<>(entrants);
        order.sort(Comparator.naturalOrder());
        RandomGenerator random = form.randomFor(event.code() + "/draw");
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            order.set(j, order.set(i, order.get(j)));
        }
        return order;
    }
}
