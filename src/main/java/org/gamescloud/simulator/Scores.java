package org.gamescloud.simulator;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Typical winning scores, by discipline, event and unit, for the families scored in points and by judges
 * ({@code POINTS_HIGH}, {@code POINTS_LOW}, {@code JUDGED}). The first entry that matches wins. Where an event is
 * played over several units (combined events, routines, rounds), its medal unit carries the total.
 */
final class Scores {

    /**
     * @param spread the standard deviation of a competitor's score
     * @param decimals how the sport writes the score
     * @param perRound the unit is round k of a competition scored cumulatively (golf, sailing): k times the score
     */
    record Level(double winning, double spread, int decimals, boolean perRound) {}

    private record Entry(String discipline, Pattern event, Predicate<Unit> unit, Level men, Level women) {

        boolean matches(Event sport, Unit unit) {
            return discipline.equals(sport.discipline())
                    && event.matcher(sport.lowerName()).find()
                    && this.unit.test(unit);
        }
    }

    private static final Predicate<Unit> ANY = unit -> true;
    private static final Predicate<Unit> MEDAL = Unit::isMedalUnit;

    private static final List<Entry> TABLE = List.of(
            // Shooting: qualification totals (teams add up their shooters), then finals
            entry("SHO", "^mixed (trap|skeet)", named("qualification"), 145, 3, 0),
            entry("SHO", "^mixed 10 m air rifle", named("qualification"), 630, 2.5, 1),
            entry("SHO", "^mixed", named("qualification"), 578, 5, 0),
            entry("SHO", "air rifle team", ANY, 1890, 5, 1),
            entry("SHO", "(trap|skeet) team", ANY, 355, 6, 0),
            entry("SHO", "team", ANY, 1740, 8, 0),
            entry("SHO", "trap|skeet", named("qualification"), 118, 3, 0),
            entry("SHO", "air rifle", named("qualification"), 630, 2.5, 1),
            entry("SHO", "", named("qualification"), 578, 5, 0),
            entry("SHO", "air rifle", ANY, 251.5, 2, 1),
            entry("SHO", "three positions", ANY, 460, 4, 1),
            entry("SHO", "air pistol", ANY, 240, 3, 1),
            entry("SHO", "trap|skeet", ANY, 45, 3, 0),
            entry("SHO", "25 m", ANY, 33, 3, 0),
            entry("SHO", "", ANY, 575, 6, 0),
            entry("ARC", "compound", named("ranking"), 700, 5, 0),
            entry("ARC", "", named("ranking"), 665, 10, 0),
            // Weightlifting: the total (snatch and clean and jerk) in kilograms, by body-weight category
            entry("WLF", "\\+109 kg", ANY, 430, 10, 0),
            entry("WLF", "\\+87 kg", ANY, 285, 8, 0),
            entry("WLF", "109 kg", ANY, 400, 10, 0),
            entry("WLF", "96 kg", ANY, 385, 9, 0),
            entry("WLF", "87 kg", ANY, 265, 8, 0),
            entry("WLF", "81 kg", ANY, 365, 9, 0),
            entry("WLF", "76 kg", ANY, 255, 7, 0),
            entry("WLF", "73 kg", ANY, 350, 8, 0),
            entry("WLF", "67 kg", ANY, 330, 8, 0),
            entry("WLF", "64 kg", ANY, 240, 7, 0),
            entry("WLF", "61 kg", ANY, 300, 8, 0),
            entry("WLF", "59 kg", ANY, 235, 6, 0),
            entry("WLF", "55 kg", ANY, 220, 6, 0),
            entry("WLF", "", ANY, 205, 6, 0),
            entry("ATH", "", MEDAL, 8000, 6100, 200, 0),
            entry("ATH", "", ANY, 860, 70, 0),
            entry("CLB", "", MEDAL, 130, 15, 1),
            entry("CLB", "", ANY, 65, 10, 1),
            entry("CTR", "madison", ANY, 45, 12, 0),
            entry("CTR", "", MEDAL, 125, 15, 0),
            entry("CTR", "", ANY, 36, 4, 0),
            entry("MPN", "team", ANY, 4300, 100, 0),
            entry("MPN", "", named("fencing ranking"), 220, 20, 0),
            entry("MPN", "", named("bonus"), 6, 2, 0),
            entry("MPN", "", named("riding"), 290, 10, 0),
            entry("MPN", "", named("swimming"), 300, 8, 0),
            entry("MPN", "", ANY, 1440, 40, 0),
            entry("RSK", "points elimination", ANY, 20, 6, 0),
            entry("RSK", "slalom", ANY, 90, 5, 2),
            entry("RSK", "", MEDAL, 175, 10, 2),
            entry("RSK", "", ANY, 60, 5, 2),
            // Lowest wins: golf strokes and sailing net points per round, equestrian penalties
            perRound("GLF", "team", 213, 4),
            perRound("GLF", "", 71, 2.5),
            perRound("SAL", "", 10, 5),
            entry("EQU", "team jumping", ANY, 8, 6, 0),
            entry("EQU", "jumping", ANY, 4, 4, 0),
            entry("EQU", "team eventing", MEDAL, 95, 12, 1),
            entry("EQU", "team eventing", ANY, 70, 10, 1),
            entry("EQU", "eventing", ANY, 32, 6, 1),
            // Judged
            entry("EQU", "team dressage", ANY, 220, 6, 3),
            entry("EQU", "dressage", ANY, 78, 2.5, 3),
            entry("GAR", "team", ANY, 250, 160, 4, 3),
            entry("GAR", "", ANY, 83.5, 53.5, 1.5, 3),
            entry("GRY", "team", ANY, 290, 8, 3),
            entry("GRY", "", ANY, 128, 4, 3),
            entry("GTR", "", ANY, 58, 55, 1.2, 3),
            entry("DIV", "synchronised 10 m", ANY, 450, 320, 20, 2),
            entry("DIV", "synchronised", ANY, 420, 300, 20, 2),
            entry("KTE", "", ANY, 42, 1, 2),
            entry("TKW", "", ANY, 7.8, 0.15, 3),
            entry("WSH", " and ", MEDAL, 19.5, 0.15, 3),
            entry("WSH", "", ANY, 9.75, 0.08, 3),
            entry("SKB", "street", ANY, 250, 15, 2),
            entry("SKB", "", ANY, 85, 5, 2),
            entry("SWA", "duet", MEDAL, 485, 25, 3),
            entry("SWA", "team", MEDAL, 685, 35, 3),
            entry("SWA", "", named("acrobatic"), 200, 12, 3),
            entry("SWA", "", ANY, 240, 15, 3));

    private static final Level OTHERWISE = new Level(80, 4, 3, false);

    private Scores() {}

    static Level of(Event event, Unit unit) {
        return TABLE.stream()
                .filter(entry -> entry.matches(event, unit))
                .findFirst()
                .map(entry -> event.isWomen() ? entry.women() : entry.men())
                .orElse(OTHERWISE);
    }

    /** The round a unit is, by its name ({@code Round 3}, {@code Race day 2}); the medal race follows day five. */
    static int roundOf(Unit unit) {
        var number = Pattern.compile("(\\d+)$").matcher(nameOf(unit));
        if (number.find()) {
            return Math.max(1, Integer.parseInt(number.group(1)));
        }
        return unit.isMedalUnit() ? 6 : 1;
    }

    private static String nameOf(Unit unit) {
        return unit.name() == null ? "" : unit.name().toLowerCase(Locale.ROOT);
    }

    private static Predicate<Unit> named(String part) {
        return unit -> nameOf(unit).contains(part);
    }

    private static Entry entry(
            String discipline, String event, Predicate<Unit> unit, double winning, double spread, int decimals) {
        return entry(discipline, event, unit, winning, winning, spread, decimals);
    }

    private static Entry entry(
            String discipline,
            String event,
            Predicate<Unit> unit,
            double men,
            double women,
            double spread,
            int decimals) {
        return new Entry(
                discipline,
                Pattern.compile(event),
                unit,
                new Level(men, spread, decimals, false),
                new Level(women, spread * women / men, decimals, false));
    }

    private static Entry perRound(String discipline, String event, double winning, double spread) {
        Level level = new Level(winning, spread, 0, true);
        return new Entry(discipline, Pattern.compile(event), ANY, level, level);
    }
}
