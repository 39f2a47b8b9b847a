package org.gamescloud.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One competitor's line of a results message, exactly as the API reads it; absent fields are left out.
 *
 * @param mark the mark in the sport's notation, or null when not yet competed (or computed from the details)
 * @param irm an invalid result mark ({@code DNS}, {@code DNF}, {@code DSQ}, {@code NM}), or null
 * @param winner true on the winner of a contest decided otherwise than by score
 * @param components gymnastics: {@code D}, {@code E} and {@code penalty}
 * @param dives diving: each dive's difficulty and judges' scores
 * @param attempts a list of attempts in distance ({@code ["8.10","X","-"]}) or, in height, an ordered map of the
 *     attempts at each height ({@code {"2.20":"O","2.24":"XO"}})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Line(
        String competitor,
        String mark,
        String irm,
        Boolean winner,
        Map<String, String> components,
        List<Dive> dives,
        Object attempts) {

    record Dive(String difficulty, List<String> judges) {}

    /** A competitor on the start list, or one who has not competed yet. */
    static Line entered(String competitor) {
        return new Line(competitor, null, null, null, null, null, null);
    }

    static Line marked(String competitor, String mark) {
        return new Line(competitor, mark, null, null, null, null, null);
    }

    static Line invalid(String competitor, String irm) {
        return new Line(competitor, null, irm, null, null, null, null);
    }

    /** This line's performance credited to another competitor, as a correction that exchanges two places does. */
    Line forCompetitor(String other) {
        return new Line(other, mark, irm, winner, components, dives, attempts);
    }
}
