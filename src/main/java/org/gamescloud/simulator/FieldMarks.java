package org.gamescloud.simulator;

import java.util.List;

/** Typical winning distances and heights at an Asian Games, in metres, by event name. */
final class FieldMarks {

    private record Entry(String name, double men, double women) {}

    private static final List<Entry> DISTANCES = List.of(
            new Entry("long jump", 8.10, 6.60),
            new Entry("triple jump", 16.80, 13.90),
            new Entry("shot put", 20.20, 18.50),
            new Entry("discus", 63.00, 62.00),
            new Entry("hammer", 73.00, 69.00),
            new Entry("javelin", 82.00, 60.00));

    private static final List<Entry> HEIGHTS =
            List.of(new Entry("pole vault", 5.70, 4.45), new Entry("high jump", 2.29, 1.93));

    private FieldMarks() {}

    static double distance(Event event) {
        return find(DISTANCES, event, 10.00);
    }

    static double height(Event event) {
        return find(HEIGHTS, event, 2.00);
    }

    static boolean isPoleVault(Event event) {
        return event.lowerName().contains("pole vault");
    }

    static boolean isThrow(Event event) {
        String name = event.lowerName();
        return !name.contains("jump");
    }

    private static double find(List<Entry> table, Event event, double otherwise) {
        return table.stream()
                .filter(entry -> event.lowerName().contains(entry.name()))
                .findFirst()
                .map(entry -> event.isWomen() ? entry.women() : entry.men())
                .orElse(otherwise);
    }
}
