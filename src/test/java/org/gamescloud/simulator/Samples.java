package org.gamescloud.simulator;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Units and entrants made up for tests of the writers of results. */
final class Samples {

    static final OffsetDateTime TEN_O_CLOCK = OffsetDateTime.parse("2023-09-27T10:00:00+08:00");

    private Samples() {}

    static Unit unit(Event event, String phaseType, String name, String medal) {
        String phase = event.code() + (phaseType + "----").substring(0, 4);
        return new Unit(
                phase + "000100--",
                event.code(),
                phase,
                "VENUE",
                TEN_O_CLOCK,
                TEN_O_CLOCK.plusMinutes(90),
                name,
                medal);
    }

    /** {@code count} entrants of as many NOCs. */
    static List<Entrant> entrants(int count) {
        List<Entrant> entrants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entrants.add(new Entrant(String.valueOf(9_000_001 + i), "N" + (char) ('A' + i % 26) + "C"));
        }
        return entrants;
    }

    static List<Message> messagesOf(Unit unit, Event event, List<Entrant> competitors, boolean match, long seed) {
        return messagesOf(unit, event, competitors, match, seed, Timetable.EVERY_CHANGE);
    }

    static List<Message> messagesOf(
            Unit unit, Event event, List<Entrant> competitors, boolean match, long seed, int updatesPerUnit) {
        Form form = new Form(seed);
        Field field = new Field(unit, event, competitors, match, form, form.randomFor(unit.code()));
        return Timetable.messagesOf(field, ResultsWriter.of(event.family()).write(field), seed, updatesPerUnit);
    }

    /** Every event of the demo Games. */
    static List<Event> demoEvents() {
        return DatasetProgramme.rows("hangzhou2022", "events.csv").stream()
                .map(row -> new Event(
                        row.get("code"),
                        row.get("name_en"),
                        row.get("discipline"),
                        row.get("gender"),
                        Family.valueOf(row.get("scoring")),
                        Boolean.parseBoolean(row.get("team"))))
                .toList();
    }
}
