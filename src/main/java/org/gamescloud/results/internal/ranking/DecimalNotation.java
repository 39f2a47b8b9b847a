package org.gamescloud.results.internal.ranking;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How a family writes its decimal values (digits, a point, at most so many decimals), and the messages that reject a
 * value written otherwise. Venue systems send strings, so a comma, a sign or an extra decimal must be refused with a
 * message that names the value rather than silently rounded.
 *
 * @param name what the value is, for messages ("time", "distance", "judge's score")
 * @param maxDecimals the most decimals the family is measured to
 * @param example a well-formed value, for messages
 */
record DecimalNotation(String name, int maxDecimals, String example) {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

    /** Parses a non-negative decimal such as {@code 8.95}. */
    BigDecimal parse(String whose, String text) {
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            boolean negative = text.startsWith("-")
                    && PLAIN_DECIMAL.matcher(text.substring(1)).matches();
            throw negative ? negative(whose, text) : malformed(whose, text);
        }
        return requireMaxDecimals(whose, text, new BigDecimal(text));
    }

    /** Parses a decimal that must be more than zero, such as a time or a distance. */
    BigDecimal parsePositive(String whose, String text) {
        return requirePositive(whose, text, parse(whose, text));
    }

    BigDecimal requireMaxDecimals(String whose, String text, BigDecimal value) {
        if (value.scale() > maxDecimals) {
            throw problem(
                    whose, text, "has more than %d decimal%s".formatted(maxDecimals, maxDecimals == 1 ? "" : "s"));
        }
        return value;
    }

    BigDecimal requirePositive(String whose, String text, BigDecimal value) {
        if (value.signum() == 0) {
            throw problem(whose, text, "must be more than zero");
        }
        return value;
    }

    InvalidResultException negative(String whose, String text) {
        return problem(whose, text, "is negative");
    }

    InvalidResultException malformed(String whose, String text) {
        return problem(whose, text, "is not written like " + example);
    }

    InvalidResultException problem(String whose, String text, String problem) {
        return InvalidResultException.about(whose, "%s \"%s\" %s".formatted(name, text, problem));
    }
}
