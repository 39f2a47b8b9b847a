package org.gamescloud.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Games day played out in advance: the units in start order, each drawn from the outcomes of the units before it,
 * with every message it will send; and the corrections that could be the day's one correction.
 */
final class DayPlan {

    /** A unit as this run plays it. */
    record PlayedUnit(Unit unit, Event event, List<Entrant> competitors, Outcome outcome, List<Message> messages) {}

    /** A unit this run leaves out, and why. */
    record SkippedUnit(Unit unit, String reason) {}

    private final List<PlayedUnit> played;
    private final List<SkippedUnit> skipped;
    private final List<Message> corrections;

    private DayPlan(List<PlayedUnit> played, List<SkippedUnit> skipped, List<Message> corrections) {
        this.played = played;
        this.skipped = skipped;
        this.corrections = corrections;
    }

    /**
     * @param units the units to play; they are played in start order
     */
    static DayPlan of(List<Unit> units, Programme programme, long seed) {
        return of(units, programme, seed, Timetable.EVERY_CHANGE);
    }

    /**
     * @param updatesPerUnit at most this many live and intermediate updates per unit, or
     *     {@link Timetable#EVERY_CHANGE}
     */
    static DayPlan of(List<Unit> units, Programme programme, long seed, int updatesPerUnit) {
        Form form = new Form(seed);
        Map<String, Outcome> outcomes = new HashMap<>();
        StartLists startLists = new StartLists(programme, form, outcomes);
        List<PlayedUnit> played = new ArrayList<>();
        List<SkippedUnit> skipped = new ArrayList<>();
        List<Unit> inOrder = units.stream()
                .sorted(Comparator.comparing(Unit::start).thenComparing(Unit::code))
                .toList();
        for (Unit unit : inOrder) {
            Event event = programme.event(unit.event());
            if (event == null) {
                skipped.add(new SkippedUnit(unit, "its event " + unit.event() + " is unknown"));
                continue;
            }
            List<Entrant> competitors = startLists.draw(unit, event);
            boolean match = startLists.isMatch(unit, event);
            if (competitors.isEmpty() || match && competitors.size() < 2) {
                skipped.add(new SkippedUnit(unit, "too few entrants in " + event.code()));
                continue;
            }
            Field field = new Field(unit, event, competitors, match, form, form.randomFor(unit.code()));
            Performances performances = ResultsWriter.of(event.family()).write(field);
            outcomes.put(unit.code(), performances.outcome());
            played.add(new PlayedUnit(
                    unit,
                    event,
                    competitors,
                    performances.outcome(),
                    Timetable.messagesOf(field, performances, seed, updatesPerUnit)));
        }
        return new DayPlan(played, skipped, Corrections.candidates(played, seed));
    }

    List<PlayedUnit> played() {
        return played;
    }

    List<SkippedUnit> skipped() {
        return skipped;
    }

    /**
     * The day's possible corrections, the preferred first: the run sends the first whose unit the server has made
     * OFFICIAL.
     */
    List<Message> corrections() {
        return corrections;
    }

    /** Every message of the day but the correction, in Games time order; a unit's messages keep their sequence. */
    List<Message> timeline() {
        List<Message> timeline = new ArrayList<>();
        played.forEach(unit -> timeline.addAll(unit.messages()));
        timeline.sort(Comparator.comparing(Message::due));
        return timeline;
    }
}
