package org.gamescloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The notations of API.md (Results), written out independently of the simulator, to check every message it writes:
 * times, metres, decimal scores, contest scores, components, dives and attempts, and that a sent mark agrees with
 * the details sent with it.
 */
final class ApiNotation {

    private static final Pattern TIME =
            Pattern.compile("\\d+\\.\\d{2,3}|\\d+:[0-5]\\d\\.\\d{2,3}|\\d+:[0-5]\\d:[0-5]\\d\\.\\d{2,3}");
    private static final Pattern METRES = Pattern.compile("\\d+\\.\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d{1,3})?");
    private static final Pattern SCORE = Pattern.compile("\\d+");
    private static final Pattern IRM = Pattern.compile("DNS|DNF|DSQ|NM");
    private static final Pattern JUDGE = Pattern.compile("(10|\\d)\\.[05]");
    private static final Pattern DIFFICULTY = Pattern.compile("\\d\\.\\d");
    private static final Pattern HEIGHT_ATTEMPTS = Pattern.compile("O|XO|XXO|XXX|-");

    private ApiNotation() {}

    static void assertWellFormed(Family family, Message message) {
        if (family == Family.HEAD_TO_HEAD || family == Family.ROUND_ROBIN) {
            assertThat(message.lines()).as("a contest has two competitors").hasSize(2);
        }
        for (Line line : message.lines()) {
            assertWellFormed(family, line);
        }
        if (family == Family.HEAD_TO_HEAD && message.status() == Status.OFFICIAL) {
            assertDecided(message.lines());
        }
    }

    private static void assertWellFormed(Family family, Line line) {
        String whose = line.competitor() + ": ";
        assertThat(line.competitor()).matches("[A-Z0-9_-]{1,34}");
        if (line.irm() != null) {
            assertThat(line.irm()).as(whose + "irm").matches(IRM);
        }
        if (line.mark() != null) {
            assertThat(line.mark()).as(whose + "mark of a " + family).matches(markNotation(family));
        }
        if (line.winner() != null) {
            assertThat(family).isIn(Family.HEAD_TO_HEAD, Family.ROUND_ROBIN);
        }
        if (line.components() != null) {
            assertComponents(whose, line);
        }
        if (line.dives() != null) {
            assertDives(whose, line);
        }
        if (line.attempts() instanceof List<?> attempts) {
            assertThat(family).isEqualTo(Family.DISTANCE);
            assertDistanceAttempts(whose, line, attempts);
        } else if (line.attempts() instanceof Map<?, ?> heights) {
            assertThat(family).isEqualTo(Family.HEIGHT);
            assertHeightAttempts(whose, line, heights);
        }
    }

    private static Pattern markNotation(Family family) {
        return switch (family) {
            case TIME -> TIME;
            case DISTANCE, HEIGHT -> METRES;
            case POINTS_HIGH, POINTS_LOW, JUDGED -> DECIMAL;
            case HEAD_TO_HEAD, ROUND_ROBIN -> SCORE;
        };
    }

    /** Gymnastics: mark = D + E − penalty. */
    private static void assertComponents(String whose, Line line) {
        Map<String, String> components = line.components();
        assertThat(components.keySet())
                .as(whose + "components")
                .containsAnyOf("D", "E")
                .isSubsetOf("D", "E", "penalty");
        components.values().forEach(value -> assertThat(value).matches(DECIMAL));
        BigDecimal total = new BigDecimal(components.get("D"))
                .add(new BigDecimal(components.get("E")))
                .subtract(new BigDecimal(components.getOrDefault("penalty", "0")));
        assertThat(new BigDecimal(line.mark())).as(whose + "D + E − penalty").isEqualByComparingTo(total);
    }

    /** Individual diving: seven judges, the two highest and two lowest dropped, the rest × difficulty, summed. */
    private static void assertDives(String whose, Line line) {
        BigDecimal total = BigDecimal.ZERO;
        for (Line.Dive dive : line.dives()) {
            assertThat(dive.difficulty()).matches(DIFFICULTY);
            assertThat(dive.judges()).as(whose + "judges of a dive").hasSize(7).allMatch(JUDGE.asPredicate());
            List<BigDecimal> scores =
                    dive.judges().stream().map(BigDecimal::new).sorted().toList();
            BigDecimal kept = scores.get(2).add(scores.get(3)).add(scores.get(4));
            total = total.add(kept.multiply(new BigDecimal(dive.difficulty())));
        }
        assertThat(new BigDecimal(line.mark())).as(whose + "total of the dives").isEqualByComparingTo(total);
    }

    /** Distance: each attempt metres, X or -; the mark is the best valid one, none of them NM. */
    private static void assertDistanceAttempts(String whose, Line line, List<?> attempts) {
        assertThat(attempts).as(whose + "attempts").hasSizeLessThanOrEqualTo(6);
        List<BigDecimal> valid = new ArrayList<>();
        for (Object attempt : attempts) {
            String text = (String) attempt;
            if (!text.equals("X") && !text.equals("-")) {
                assertThat(text).matches(METRES);
                valid.add(new BigDecimal(text));
            }
        }
        if (valid.isEmpty()) {
            assertThat(line.irm()).as(whose + "a series of fouls").isEqualTo("NM");
        } else {
            assertThat(new BigDecimal(line.mark()))
                    .as(whose + "best attempt")
                    .isEqualByComparingTo(
                            valid.stream().max(BigDecimal::compareTo).orElseThrow());
        }
    }

    /** Height: heights ascending, each O, XO, XXO, XXX or -; the mark is the highest cleared, none of them NM. */
    private static void assertHeightAttempts(String whose, Line line, Map<?, ?> heights) {
        BigDecimal previous = BigDecimal.ZERO;
        BigDecimal cleared = null;
        for (Map.Entry<?, ?> height : heights.entrySet()) {
            String bar = (String) height.getKey();
            assertThat(bar).matches(METRES);
            assertThat((String) height.getValue())
                    .as(whose + "attempts at " + bar)
                    .matches(HEIGHT_ATTEMPTS);
            assertThat(new BigDecimal(bar)).as(whose + "heights in order").isGreaterThan(previous);
            previous = new BigDecimal(bar);
            if (((String) height.getValue()).endsWith("O")) {
                cleared = previous;
            }
        }
        if (cleared == null) {
            assertThat(line.irm()).as(whose + "nothing cleared").isEqualTo("NM");
        } else {
            assertThat(new BigDecimal(line.mark()))
                    .as(whose + "highest cleared")
                    .isEqualByComparingTo(cleared);
        }
    }

    /** A head-to-head contest is won on score, or on a level score by the one competitor marked winner. */
    private static void assertDecided(List<Line> lines) {
        Line first = lines.get(0);
        Line second = lines.get(1);
        long winners = lines.stream()
                .filter(line -> Boolean.TRUE.equals(line.winner()))
                .count();
        if (new BigDecimal(first.mark()).compareTo(new BigDecimal(second.mark())) == 0) {
            assertThat(winners).as("a level contest names one winner").isEqualTo(1);
        } else {
            assertThat(winners).as("a contest won on score names no winner").isZero();
        }
    }
}
