package org.gamescloud.results.internal.ranking;

import java.util.List;
import java.util.Map;

/**
 * One competitor's line of a results message, as sent by a venue system (API.md). Only the fields the sport uses
 * are present; the rule of the unit's scoring family validates them.
 *
 * @param competitor athlete id or team code
 * @param mark the mark in the sport's notation ({@code 9.58}, {@code 1:02.34}, {@code 8.95}, {@code 3}), or null
 * @param irm invalid result mark ({@code DNS}, {@code DNF}, {@code DSQ}, {@code NM}, …), or null
 * @param winner an explicit winner of a head-to-head contest decided otherwise than by score, or null
 * @param components judged components, e.g. gymnastics {@code D}, {@code E}, {@code penalty}; empty if none
 * @param dives diving: each dive's difficulty and judges' scores; empty if none
 * @param attempts field events in distance: one entry per attempt ({@code 8.10}, {@code X} foul, {@code -} pass);
 *     empty if none
 * @param heightAttempts field events in height: per height (in order of the bar) the attempts there, e.g.
 *     {@code "2.24" -> "XO"}; empty if none
 */
public record ResultLine(
        String competitor,
        String mark,
        String irm,
        Boolean winner,
        Map<String, String> components,
        List<Dive> dives,
        List<String> attempts,
        Map<String, String> heightAttempts) {

    public ResultLine {
        components = components == null ? Map.of() : components;
        dives = dives == null ? List.of() : List.copyOf(dives);
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
        heightAttempts = heightAttempts == null ? Map.of() : heightAttempts;
    }

    public static ResultLine of(String competitor, String mark) {
        return new ResultLine(competitor, mark, null, null, null, null, null, null);
    }

    public static ResultLine invalid(String competitor, String irm) {
        return new ResultLine(competitor, null, irm, null, null, null, null, null);
    }

    /** A dive: its degree of difficulty and the judges' scores. */
    public record Dive(String difficulty, List<String> judges) {}
}
