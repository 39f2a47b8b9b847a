package org.gamescloud.results.internal.ranking;

/**
 * The table points a pool gives for a win, a draw and a loss, configured per event.
 *
 * @param win points for a win (football 3)
 * @param draw points for a draw (football 1)
 * @param loss points for a loss (football 0; rugby sevens gives 1)
 */
public record PointsScheme(int win, int draw, int loss) {

    /** Football since 1994: three points for a win. */
    public static final PointsScheme FOOTBALL = new PointsScheme(3, 1, 0);
}
