package org.gamescloud.results.internal.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gamescloud.games.Scoring;

// TEMPORARY STUB (not committed): replaced by the rules branch.
public final class RankingRules {
    private RankingRules() {}

    public static RankingRule of(Scoring scoring) {
        return lines -> {
            List<RankedResult> out = new ArrayList<>();
            List<ResultLine> valid = lines.stream()
                    .filter(l -> l.irm() == null && l.mark() != null)
                    .sorted(Comparator.comparingDouble(
                            (ResultLine l) -> (scoring == Scoring.TIME ? 1 : -1) * Double.parseDouble(l.mark())))
                    .toList();
            for (int i = 0; i < valid.size(); i++) {
                int rank = i + 1;
                if (i > 0 && valid.get(i).mark().equals(valid.get(i - 1).mark()))
                    rank = out.get(i - 1).rank();
                out.add(new RankedResult(
                        valid.get(i).competitor(), rank, valid.get(i).mark(), null));
            }
            lines.stream()
                    .filter(l -> l.irm() != null || l.mark() == null)
                    .forEach(l -> out.add(new RankedResult(l.competitor(), null, l.mark(), l.irm())));
            return out;
        };
    }
}
