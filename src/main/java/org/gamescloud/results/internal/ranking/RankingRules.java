package org.gamescloud.results.internal.ranking;

import org.gamescloud.games.Scoring;

/** The ranking rule of each scoring family. The rules are stateless, so each family shares one instance. */
public final class RankingRules {

    private static final RankingRule TIME = new TimeRule();
    private static final RankingRule DISTANCE = new DistanceRule();
    private static final RankingRule HEIGHT = new HeightRule();
    private static final RankingRule POINTS_HIGH = new PointsRule(true);
    private static final RankingRule POINTS_LOW = new PointsRule(false);
    private static final RankingRule JUDGED = new JudgedRule();
    private static final RankingRule KNOCKOUT_CONTEST = new HeadToHeadRule(false);
    private static final RankingRule POOL_MATCH = new HeadToHeadRule(true);

    private RankingRules() {}

    /**
     * The rule that ranks the units of an event scored this way. {@code ROUND_ROBIN} units are the matches of a pool:
     * head-to-head contests in which a draw is a result.
     */
    public static RankingRule of(Scoring scoring) {
        return switch (scoring) {
            case TIME -> TIME;
            case DISTANCE -> DISTANCE;
            case HEIGHT -> HEIGHT;
            case POINTS_HIGH -> POINTS_HIGH;
            case POINTS_LOW -> POINTS_LOW;
            case JUDGED -> JUDGED;
            case HEAD_TO_HEAD -> KNOCKOUT_CONTEST;
            case ROUND_ROBIN -> POOL_MATCH;
        };
    }

    /** Whether a unit scored this way is a contest of two rather than a ranked field (what {@link MedalRule} asks). */
    public static boolean isContestOfTwo(Scoring scoring) {
        return scoring == Scoring.HEAD_TO_HEAD || scoring == Scoring.ROUND_ROBIN;
    }
}
