package org.gamescloud.results.internal.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The ranking every rule of a field shares (all but head-to-head): validate the message, read each line with the
 * sport's reader, order the performances best first and give competition ranks. Lines not yet competed follow the
 * ranked ones, then lines with an IRM, each in message order. An IRM sent on a line wins over its mark, which is
 * still validated and shown (a disqualified swimmer's time is part of the record).
 *
 * @param <P> what the sport compares: a time, a series of attempts, a judged score
 */
final class FieldRanking<P> {

    private final Function<ResultLine, Reading<P>> reader;
    private final Comparator<? super P> bestFirst;

    /**
     * @param reader reads and validates one line, throwing {@link InvalidResultException} if it is malformed
     * @param bestFirst orders performances best first; those it finds equal share a rank
     */
    FieldRanking(Function<ResultLine, Reading<P>> reader, Comparator<? super P> bestFirst) {
        this.reader = reader;
        this.bestFirst = bestFirst;
    }

    List<RankedResult> rank(List<ResultLine> lines) {
        ResultLines.requireWellFormed(lines);
        List<Performer<P>> performers = new ArrayList<>();
        List<RankedResult> notYetCompeted = new ArrayList<>();
        List<RankedResult> invalid = new ArrayList<>();
        for (ResultLine line : lines) {
            Reading<P> reading = reader.apply(line);
            String irm = ResultLines.irmOf(line) != null ? line.irm() : reading.irm();
            if (irm != null) {
                invalid.add(new RankedResult(line.competitor(), null, reading.mark(), irm));
            } else if (reading.performance() == null) {
                notYetCompeted.add(new RankedResult(line.competitor(), null, null, null));
            } else {
                performers.add(new Performer<>(line.competitor(), reading.mark(), reading.performance()));
            }
        }
        Comparator<Performer<P>> order = Comparator.comparing(Performer::performance, bestFirst);
        List<Performer<P>> sorted = performers.stream().sorted(order).toList();
        List<RankedResult> results = new ArrayList<>(CompetitionRanks.rank(
                CompetitionRanks.tiedRuns(sorted, order),
                (rank, performer) -> new RankedResult(performer.competitor(), rank, performer.mark(), null)));
        results.addAll(notYetCompeted);
        results.addAll(invalid);
        return results;
    }

    private record Performer<P>(String competitor, String mark, P performance) {}
}
