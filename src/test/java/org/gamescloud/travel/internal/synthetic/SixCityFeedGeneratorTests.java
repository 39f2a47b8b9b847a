package org.gamescloud.travel.internal.synthetic;

/**
 * The feed contract on an eighth of the bus network, fast enough for every build; the full feed is checked by
 * {@link SixCityFeedBenchmark}.
 */
class SixCityFeedGeneratorTests extends GeneratedFeedContract {

    @Override
    FeedScale scale() {
        return new FeedScale(0.12);
    }
}
