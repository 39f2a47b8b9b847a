package org.gamescloud.results.internal.ranking;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time, written {@code 9.58}, {@code 13.409}, {@code 1:02.34} or {@code 2:01:09.12} (h:mm:ss.ff), to at most a
 * thousandth. Times compare by their value, so each is compared at the precision it was sent in (13.409 beats
 * 13.410, as photo-finish athletics needs) while {@code 47.10} and {@code 47.100} are equal (a swimming tie at 1/100 s).
 * The notation is kept as sent, because the timer's layout is the official one.
 *
 * @param seconds the time in seconds
 * @param notation the time as it was sent
 */
record TimeMark(BigDecimal seconds, String notation) implements Mark, Comparable<TimeMark> {

    private static final DecimalNotation TIME = new DecimalNotation("time", 3, "9.58, 1:02.34 or 2:01:09.12");
    private static final Pattern LAYOUT = Pattern.compile("(?:(?:(\\d+):)?(\\d+):)?(\\d+)(\\.\\d+)?");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    static TimeMark parse(String whose, String text) {
        Matcher layout = LAYOUT.matcher(text);
        if (!layout.matches()) {
            boolean negative =
                    text.startsWith("-") && LAYOUT.matcher(text.substring(1)).matches();
            throw negative ? TIME.negative(whose, text) : TIME.malformed(whose, text);
        }
        String hours = layout.group(1);
        String minutes = layout.group(2);
        String wholeSeconds = layout.group(3);
        if (minutes != null) {
            requireClockField(whose, text, wholeSeconds, "seconds");
        }
        if (hours != null) {
            requireClockField(whose, text, minutes, "minutes");
        }
        String secondsText = wholeSeconds + (layout.group(4) == null ? "" : layout.group(4));
        BigDecimal seconds = TIME.requireMaxDecimals(whose, text, new BigDecimal(secondsText))
                .add(SIXTY.multiply(valueOf(minutes)))
                .add(SIXTY.multiply(SIXTY).multiply(valueOf(hours)));
        return new TimeMark(TIME.requirePositive(whose, text, seconds), text);
    }

    /** Lower is better: the natural order puts the fastest first. */
    @Override
    public int compareTo(TimeMark other) {
        return seconds.compareTo(other.seconds);
    }

    /** After a colon, seconds and minutes are two digits under 60, or the time cannot be read safely. */
    private static void requireClockField(String whose, String text, String field, String unit) {
        if (field.length() != 2 || Integer.parseInt(field) >= 60) {
            throw TIME.problem(
                    whose, text, "has %s \"%s\"; after a colon they are two digits under 60".formatted(unit, field));
        }
    }

    private static BigDecimal valueOf(String digits) {
        return digits == null ? BigDecimal.ZERO : new BigDecimal(digits);
    }
}
