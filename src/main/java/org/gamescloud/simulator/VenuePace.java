package org.gamescloud.simulator;

import java.util.Map;

/**
 * How often a venue system sends a results message while a contest of two runs, whether or not the result line
 * changes: on each rally of a set sport (the line shows sets won), each exchange scored in combat sports, each move
 * of a board game, each play of a field game. Rough paces of the sports, in messages per minute of the unit; a sport
 * whose every score changes the line (basketball, fencing touches) needs none beyond its changes.
 */
final class VenuePace {

    private static final double OTHERWISE = 2;

    /** Play-by-play and statistics messages sent besides the results ones, about one for one. */
    private static final double OTHER_MESSAGE_TYPES = 2.1;

    private static final Map<String, Double> PER_MINUTE = Map.ofEntries(
            Map.entry("TTE", 5.0), // rallies
            Map.entry("BDM", 5.0),
            Map.entry("TEN", 3.0),
            Map.entry("SQU", 4.0),
            Map.entry("STE", 4.0),
            Map.entry("VVO", 4.0),
            Map.entry("VBV", 4.0),
            Map.entry("BOX", 4.0), // judges' scores, round by round, and the referee's cautions
            Map.entry("JUD", 3.0),
            Map.entry("WRE", 3.0),
            Map.entry("KUR", 3.0),
            Map.entry("JJI", 3.0),
            Map.entry("KTE", 3.0),
            Map.entry("TKW", 4.0),
            Map.entry("WSH", 3.0),
            Map.entry("CHS", 3.0), // moves
            Map.entry("XQI", 3.0),
            Map.entry("GOG", 3.0),
            Map.entry("ESP", 3.0),
            Map.entry("FBL", 3.0), // plays: shots, fouls, cards, corners
            Map.entry("HOC", 3.0),
            Map.entry("BSB", 4.0), // pitches
            Map.entry("SBL", 4.0),
            Map.entry("CKT", 3.0), // balls
            Map.entry("BRG", 1.0)); // boards

    private VenuePace() {}

    static double messagesPerMinute(Event event) {
        return OTHER_MESSAGE_TYPES * PER_MINUTE.getOrDefault(event.discipline(), OTHERWISE);
    }
}
