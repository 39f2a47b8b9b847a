package org.gamescloud.results.internal.ranking;

import java.util.function.BiFunction;

/**
 * What a rule read from one line: the mark to show and, when the line ranks, the performance that orders it.
 *
 * @param mark the canonical mark, or null
 * @param irm an invalid result mark the rule itself found (e.g. {@code NM} after three fouls), or null
 * @param performance what the rule compares, or null when the line does not rank
 * @param <P> the rule's performance type
 */
record Reading<P>(String mark, String irm, P performance) {

    static <P> Reading<P> ranked(String mark, P performance) {
        return new Reading<>(mark, null, performance);
    }

    static <P> Reading<P> invalid(String irm) {
        return new Reading<>(null, irm, null);
    }

    /** A line on a start list, or of a competitor still to compete. */
    static <P> Reading<P> notYetCompeted() {
        return new Reading<>(null, null, null);
    }

    /** Reads a line whose performance is its sent mark alone. */
    static <M extends Mark> Reading<M> ofSentMark(ResultLine line, BiFunction<String, String, M> parse) {
        if (ResultLines.isAbsent(line.mark())) {
            return notYetCompeted();
        }
        M mark = parse.apply(ResultLines.whose(line), line.mark());
        return ranked(mark.notation(), mark);
    }
}
