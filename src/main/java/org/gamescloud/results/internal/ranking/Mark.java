package org.gamescloud.results.internal.ranking;

/** A validated mark of one scoring family, which can give itself back in the sport's canonical notation. */
sealed interface Mark permits TimeMark, MetresMark, ScoreMark {

    /** The mark as results show it ({@code 1:02.34}, {@code 8.10}, {@code 85.250}). */
    String notation();
}
