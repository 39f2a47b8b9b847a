package org.gamescloud.simulator;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Typical winning times at an Asian Games, by discipline and event name: the level that simulated races are run
 * around. The first entry that matches wins; an event matching none is run around one minute.
 */
final class RaceTimes {

    private record Entry(String discipline, Pattern name, double men, double women) {

        boolean matches(Event event) {
            return discipline.equals(event.discipline()) && matchesName(event);
        }

        boolean matchesName(Event event) {
            return name.matcher(event.lowerName()).find();
        }
    }

    private static final List<Entry> TABLE = List.of(
            // Swimming, long course
            swim("4 x 100 m freestyle", 192, 216),
            swim("4 x 200 m freestyle", 423, 470),
            swim("mixed 4 x 100 m medley", 224, 224),
            swim("4 x 100 m medley", 212, 236),
            swim("50 m freestyle", 22.0, 24.6),
            swim("100 m freestyle", 48.2, 53.8),
            swim("200 m freestyle", 105.6, 116.5),
            swim("400 m freestyle", 226, 244),
            swim("800 m freestyle", 470, 505),
            swim("1500 m freestyle", 900, 970),
            swim("50 m backstroke", 24.9, 27.8),
            swim("100 m backstroke", 53.2, 59.5),
            swim("200 m backstroke", 116, 128),
            swim("50 m breaststroke", 27.0, 30.5),
            swim("100 m breaststroke", 59.5, 66.0),
            swim("200 m breaststroke", 129, 142),
            swim("50 m butterfly", 23.2, 25.8),
            swim("100 m butterfly", 51.5, 57.5),
            swim("200 m butterfly", 114.5, 127),
            swim("200 m individual medley", 117, 130),
            swim("400 m individual medley", 253, 276),
            entry("OWS", "10 km", 6900, 7320),
            // Athletics
            entry("ATH", "mixed 4 x 400", 195, 195),
            entry("ATH", "4 x 100", 38.7, 43.5),
            entry("ATH", "4 x 400", 183, 210),
            entry("ATH", "110 m hurdles", 13.4, 13.4),
            entry("ATH", "100 m hurdles", 12.9, 12.9),
            entry("ATH", "400 m hurdles", 49.0, 55.5),
            entry("ATH", "3000 m steeplechase", 505, 580),
            entry("ATH", "10000 m", 1710, 1910),
            entry("ATH", "5000 m", 820, 920),
            entry("ATH", "1500 m", 218, 252),
            entry("ATH", "800 m", 106.5, 122),
            entry("ATH", "400 m", 45.5, 51.5),
            entry("ATH", "200 m", 20.3, 23.0),
            entry("ATH", "100 m", 10.1, 11.3),
            entry("ATH", "35 km race walk", 9600, 9600),
            entry("ATH", "20 km race walk", 5040, 5520),
            entry("ATH", "marathon", 7980, 9000),
            // Canoe, rowing, dragon boat
            entry("CSP", "c-1 1000", 245, 270),
            entry("CSP", "c-2 1000", 225, 250),
            entry("CSP", "k-1 1000", 220, 240),
            entry("CSP", "c-1 200", 42, 46.5),
            entry("CSP", "c-2 200", 39, 43),
            entry("CSP", "c-2 500", 107, 122),
            entry("CSP", "k-1 500", 100, 112),
            entry("CSP", "k-2 500", 90, 102),
            entry("CSP", "k-4 500", 82, 95),
            entry("CSL", "c-1", 100, 115),
            entry("CSL", "k-1", 95, 105),
            entry("DGB", "1000 m", 260, 290),
            entry("DGB", "500 m", 125, 140),
            entry("DGB", "200 m", 52, 58),
            entry("ROW", "lightweight double", 405, 445),
            entry("ROW", "single", 420, 465),
            entry("ROW", "double", 400, 440),
            entry("ROW", "quadruple", 360, 400),
            entry("ROW", "pair", 410, 455),
            entry("ROW", "four", 375, 415),
            entry("ROW", "eight", 345, 385),
            // Cycling, triathlon, climbing, roller sports
            entry("CTR", "keirin", 10.3, 11.2),
            entry("CTR", "team sprint", 43.5, 47.5),
            entry("CTR", "team pursuit", 235, 265),
            entry("CRD", "time trial", 3240, 2400),
            entry("CRD", "road race", 15000, 11400),
            entry("MTB", "cross-country", 5280, 5700),
            entry("BMX", "race", 33, 38),
            entry("TRI", "relay", 5220, 5220),
            entry("TRI", "individual", 6540, 7260),
            entry("CLB", "relay", 22.5, 27),
            entry("CLB", "speed", 5.1, 6.6),
            entry("RSK", "relay", 245, 260),
            entry("RSK", "1000 m", 85, 93),
            entry("RSK", "slalom", 4.6, 5.2));

    private RaceTimes() {}

    /**
     * The typical winning time of the event, in seconds; mixed events take the men's column. An event of a
     * discipline the table does not know is looked up by its name alone.
     */
    static double of(Event event) {
        return TABLE.stream()
                .filter(entry -> entry.matches(event))
                .findFirst()
                .or(() ->
                        TABLE.stream().filter(entry -> entry.matchesName(event)).findFirst())
                .map(entry -> event.isWomen() ? entry.women() : entry.men())
                .orElse(60.0);
    }

    private static Entry swim(String name, double men, double women) {
        return entry("SWM", name, men, women);
    }

    private static Entry entry(String discipline, String name, double men, double women) {
        return new Entry(discipline, Pattern.compile("(^|[^0-9])" + Pattern.quote(name)), men, women);
    }
}
