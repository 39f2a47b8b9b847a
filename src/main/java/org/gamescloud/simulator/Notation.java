package org.gamescloud.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How marks are written in the API (API.md, Results): times, metres and decimal scores. */
final class Notation {

    private Notation() {}

    /**
     * A time to the hundredth: {@code 9.58} under a minute, {@code 1:02.34} under an hour, {@code 2:01:09.12} beyond.
     */
    static String time(double seconds) {
        long hundredths = Math.round(seconds * 100);
        long hours = hundredths / 360_000;
        long minutes = hundredths / 6_000 % 60;
        long wholeSeconds = hundredths / 100 % 60;
        String fraction = String.format("%02d", hundredths % 100);
        if (hours > 0) {
            return String.format("%d:%02d:%02d.%s", hours, minutes, wholeSeconds, fraction);
        }
        if (minutes > 0) {
            return String.format("%d:%02d.%s", minutes, wholeSeconds, fraction);
        }
        return wholeSeconds + "." + fraction;
    }

    /** Metres to the centimetre, with two decimals: {@code 8.95}. */
    static String metres(double metres) {
        return decimal(metres, 2);
    }

    /** A decimal with exactly this many decimals (none for a whole number): {@code 14.233}, {@code 3}. */
    static String decimal(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** The value of a mark this class wrote, to compare marks as the server will. */
    static BigDecimal value(String mark) {
        BigDecimal total = BigDecimal.ZERO;
        for (String part : mark.split(":")) {
            total = total.multiply(BigDecimal.valueOf(60)).add(new BigDecimal(part));
        }
        return total;
    }
}
