package org.gamescloud.results.internal.ranking;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A match of a pool: two competitors, their scores once played, and who won when the scores do not say (a shoot-out
 * after a level score, where the competition has one).
 *
 * @param firstScore null while the match is not played
 * @param secondScore null while the match is not played
 * @param winner null when the score decides (or the match is a draw)
 */
public record PoolMatch(String first, Integer firstScore, String second, Integer secondScore, String winner) {

    public PoolMatch {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.equals(second)) {
            throw new IllegalArgumentException(first + " cannot play itself");
        }
        if ((firstScore == null) != (secondScore == null)) {
            throw new IllegalArgumentException("%s v %s has one score only".formatted(first, second));
        }
        if ((firstScore != null && firstScore < 0) || (secondScore != null && secondScore < 0)) {
            throw new IllegalArgumentException("%s v %s has a negative score".formatted(first, second));
        }
        if (winner != null && !winner.equals(first) && !winner.equals(second)) {
            throw new IllegalArgumentException("%s did not play %s v %s".formatted(winner, first, second));
        }
        if (winner != null && firstScore != null && !firstScore.equals(secondScore)) {
            throw new IllegalArgumentException("%s v %s is decided by its score".formatted(first, second));
        }
    }

    public static PoolMatch played(String first, int firstScore, String second, int secondScore) {
        return new PoolMatch(first, firstScore, second, secondScore, null);
    }

    public static PoolMatch notPlayed(String first, String second) {
        return new PoolMatch(first, null, second, null, null);
    }

    boolean isPlayed() {
        return firstScore != null || winner != null;
    }

    /** The winner, or empty for a draw. */
    Optional<String> winnerName() {
        if (winner != null || firstScore == null || firstScore.equals(secondScore)) {
            return Optional.ofNullable(winner);
        }
        return Optional.of(firstScore > secondScore ? first : second);
    }

    /** Whether both competitors are among these: a match of a head-to-head mini-table. */
    boolean isAmong(Set<String> competitors) {
        return competitors.contains(first) && competitors.contains(second);
    }
}
