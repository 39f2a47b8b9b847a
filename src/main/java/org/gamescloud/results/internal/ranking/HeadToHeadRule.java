package org.gamescloud.results.internal.ranking;

import java.util.List;

/**
 * A contest of two (a bout, a match, a game). The higher score wins; {@code "winner": true} on one line decides when
 * the scores are level or absent (a judges' decision, a penalty shoot-out, a golden score won on penalties), but may
 * not contradict the scores. An IRM on one side (DSQ, DNS, …) gives the other the win; with an IRM on both, nobody
 * wins. Level scores without a winner are a draw (both rank 1) only where draws exist, in round-robin pool matches;
 * elsewhere the contest is not decided yet (a live score), and both stay unranked. A start list, with no score, IRM or
 * winner, may name fewer than two competitors while the bracket fills.
 */
final class HeadToHeadRule implements RankingRule {

    private final boolean drawAllowed;

    HeadToHeadRule(boolean drawAllowed) {
        this.drawAllowed = drawAllowed;
    }

    @Override
    public List<RankedResult> rank(List<ResultLine> lines) {
        ResultLines.requireWellFormed(lines);
        List<Side> sides = lines.stream().map(Side::read).toList();
        boolean startList = sides.stream().allMatch(Side::isBlank);
        if (lines.size() > 2 || (lines.size() < 2 && !startList)) {
            throw new InvalidResultException(
                    "a head-to-head contest has two competitors, this message has %d".formatted(lines.size()));
        }
        return startList ? sides.stream().map(side -> side.ranked(null)).toList() : decide(sides.get(0), sides.get(1));
    }

    private List<RankedResult> decide(Side one, Side other) {
        if (one.declaredWinner() && other.declaredWinner()) {
            throw new InvalidResultException(
                    "%s and %s are both marked as the winner".formatted(one.competitor(), other.competitor()));
        }
        if (one.irm() != null || other.irm() != null) {
            return decideOnIrm(one, other);
        }
        if ((one.score() == null) != (other.score() == null)) {
            Side withoutScore = one.score() == null ? one : other;
            throw InvalidResultException.about(withoutScore.whose(), "has no score while the other side has one");
        }
        int byScore = one.score() == null ? 0 : one.score().compareTo(other.score());
        if (byScore != 0) {
            Side loser = byScore > 0 ? other : one;
            if (loser.declaredWinner()) {
                throw InvalidResultException.about(loser.whose(), "is marked as the winner with the lower score");
            }
            return byScore > 0 ? win(one, other) : win(other, one);
        }
        if (one.declaredWinner() || other.declaredWinner()) {
            return one.declaredWinner() ? win(one, other) : win(other, one);
        }
        Integer drawRank = drawAllowed ? 1 : null;
        return List.of(one.ranked(drawRank), other.ranked(drawRank));
    }

    private static List<RankedResult> decideOnIrm(Side one, Side other) {
        for (Side side : List.of(one, other)) {
            if (side.irm() != null && side.declaredWinner()) {
                throw InvalidResultException.about(
                        side.whose(), "has IRM %s and cannot be the winner".formatted(side.irm()));
            }
        }
        if (one.irm() != null && other.irm() != null) {
            return List.of(one.ranked(null), other.ranked(null));
        }
        return one.irm() == null
                ? List.of(one.ranked(1), other.ranked(null))
                : List.of(other.ranked(1), one.ranked(null));
    }

    private static List<RankedResult> win(Side winner, Side loser) {
        return List.of(winner.ranked(1), loser.ranked(2));
    }

    private record Side(String competitor, ScoreMark score, String irm, boolean declaredWinner) {

        static Side read(ResultLine line) {
            ScoreMark score =
                    ResultLines.isAbsent(line.mark()) ? null : ScoreMark.parse(ResultLines.whose(line), line.mark());
            return new Side(line.competitor(), score, ResultLines.irmOf(line), Boolean.TRUE.equals(line.winner()));
        }

        boolean isBlank() {
            return score == null && irm == null && !declaredWinner;
        }

        String whose() {
            return ResultLines.whose(competitor);
        }

        RankedResult ranked(Integer rank) {
            return new RankedResult(competitor, rank, score == null ? null : score.notation(), irm);
        }
    }
}
