package org.gamescloud.results.internal.ranking;

import java.util.Comparator;
import java.util.function.BiFunction;
import org.gamescloud.games.Scoring;

/**
 * Compares marks with records (Games, Asian, world). Records are kept where a mark is measured: times (lower is
 * better), distances and heights (higher), and points totals in the direction of the family (shooting, archery,
 * weightlifting; golf strokes). Judged scores and contests keep none.
 */
public final class Records {

    private Records() {}

    public static boolean keepsRecords(Scoring scoring) {
        return switch (scoring) {
            case TIME, DISTANCE, HEIGHT, POINTS_HIGH, POINTS_LOW -> true;
            case JUDGED, HEAD_TO_HEAD, ROUND_ROBIN -> false;
        };
    }

    /**
     * Whether {@code mark} beats, equals or misses {@code record}, both in the family's notation. Marks compare by
     * value, so {@code 47.10} equals a record of {@code 47.100}.
     *
     * @throws IllegalArgumentException if the family keeps no records
     * @throws InvalidResultException if either value is not a mark of the family
     */
    public static RecordOutcome compare(Scoring scoring, String mark, String record) {
        int markFirst = switch (scoring) {
            case TIME -> compare(TimeMark::parse, Comparator.<TimeMark>naturalOrder(), mark, record);
            case DISTANCE, HEIGHT ->
                compare(
                        (whose, text) -> MetresMark.parse(whose, "mark", text),
                        Comparator.<MetresMark>reverseOrder(),
                        mark,
                        record);
            case POINTS_HIGH -> compare(ScoreMark::parse, Comparator.<ScoreMark>reverseOrder(), mark, record);
            case POINTS_LOW -> compare(ScoreMark::parse, Comparator.<ScoreMark>naturalOrder(), mark, record);
            case JUDGED, HEAD_TO_HEAD, ROUND_ROBIN ->
                throw new IllegalArgumentException("%s units keep no records".formatted(scoring));
        };
        return markFirst < 0 ? RecordOutcome.BEATS : markFirst == 0 ? RecordOutcome.EQUALS : RecordOutcome.MISSES;
    }

    private static <M extends Mark> int compare(
            BiFunction<String, String, M> parse, Comparator<M> bestFirst, String mark, String record) {
        return bestFirst.compare(parse.apply("mark", mark), parse.apply("record", record));
    }
}
