package org.gamescloud.travel.internal.synthetic;

/**
 * How big a feed to generate: {@link #FULL} is the six-city network (London-sized); smaller factors shrink only the
 * number of city bus lines, for fast tests. Metro, rail and shuttles are always complete.
 *
 * @param busRouteFactor share of the bus lines of {@code bus_districts.csv} to generate, in (0, 1]
 */
public record FeedScale(double busRouteFactor) {

    public static final FeedScale FULL = new FeedScale(1.0);

    public FeedScale {
        if (!(busRouteFactor > 0 && busRouteFactor <= 1)) {
            throw new IllegalArgumentException("busRouteFactor must be in (0, 1]: " + busRouteFactor);
        }
    }
}
