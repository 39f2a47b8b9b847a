package org.gamescloud.results.internal.ranking;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks every rule makes on a message before reading any mark, and how absent values are recognised. */
final class ResultLines {

    /** ODF's invalid result marks (DNS, DNF, DSQ, NM, DNQ, DQB, EL, …); sports keep adding their own. */
    private static final Pattern IRM = Pattern.compile("[A-Z]{1,4}");

    private ResultLines() {}

    /**
     * Requires each line to name a competitor, each competitor to appear once (a message is a full replacement, so a
     * second line would silently override the first) and each IRM to be one to four capital letters.
     */
    static void requireWellFormed(List<ResultLine> lines) {
        Set<String> seen = new HashSet<>();
        for (ResultLine line : lines) {
            if (isAbsent(line.competitor())) {
                throw new InvalidResultException("a result line has no competitor");
            }
            if (!seen.add(line.competitor())) {
                throw InvalidResultException.about(whose(line), "appears more than once in the message");
            }
            if (irmOf(line) != null && !IRM.matcher(line.irm()).matches()) {
                throw InvalidResultException.about(
                        whose(line), "IRM \"%s\" is not 1 to 4 capital letters like DNS or DSQ".formatted(line.irm()));
            }
        }
    }

    /** Venue systems send an empty string as often as null for a field they leave out. */
    static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }

    static String irmOf(ResultLine line) {
        return isAbsent(line.irm()) ? null : line.irm();
    }

    /** A sent mark that contradicts the attempts, dives or components sent with it. */
    static InvalidResultException markDisagrees(ResultLine line, String sentWith, String theyGive) {
        return InvalidResultException.about(
                whose(line),
                "mark \"%s\" does not agree with the %s, which give %s".formatted(line.mark(), sentWith, theyGive));
    }

    /** How messages name the line's competitor. */
    static String whose(ResultLine line) {
        return whose(line.competitor());
    }

    static String whose(String competitor) {
        return "competitor " + competitor;
    }
}
