package org.gamescloud.results.internal.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Competition ranking ("1224"): competitors the rules cannot separate share a rank, and the next rank skips as many
 * places as were shared. This is what gives two silvers and no bronze after a tie for second.
 */
final class CompetitionRanks {

    private CompetitionRanks() {}

    /** Splits a list sorted by {@code order} into its runs of elements that {@code order} finds equal. */
    static <T> List<List<T>> tiedRuns(List<T> sorted, Comparator<? super T> order) {
        List<List<T>> runs = new ArrayList<>();
        for (T element : sorted) {
            List<T> run = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (run != null && order.compare(run.get(0), element) == 0) {
                run.add(element);
            } else {
                runs.add(new ArrayList<>(List.of(element)));
            }
        }
        return runs;
    }

    /** Gives each run's members the same rank: one more than the number of competitors in the runs before. */
    static <T, R> List<R> rank(List<List<T>> runs, BiFunction<Integer, T, R> withRank) {
        List<R> ranked = new ArrayList<>();
        for (List<T> run : runs) {
            int rank = ranked.size() + 1;
            run.forEach(member -> ranked.add(withRank.apply(rank, member)));
        }
        return ranked;
    }
}
