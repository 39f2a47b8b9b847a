package org.gamescloud.results.internal.ranking;

import java.util.List;

/** The ranking rule of one scoring family. Implementations are stateless and free of Spring. */
public interface RankingRule {

    /**
     * Validates every line and ranks the unit. Lines without a mark or IRM (not yet competed) stay unranked after
     * the ranked ones; lines with an IRM come last, unranked. The result keeps every competitor of the input
     * exactly once, ordered by rank, then unranked lines in input order.
     *
     * @throws InvalidResultException if any line is malformed for this sport (nothing is then applied)
     */
    List<RankedResult> rank(List<ResultLine> lines);
}
