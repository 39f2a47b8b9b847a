package org.gamescloud.simulator;

import java.util.SplittableRandom;

/**
 * Where all chance comes from, derived from the seed: each competitor's form in an event (stable across the units
 * of the event, so that the fastest in the heats tends to win the final) and a random source per unit (so that a
 * unit's marks do not depend on which other units are played in the same run).
 */
final class Form {

    private final long seed;

    Form(long seed) {
        this.seed = seed;
    }

    /** The competitor's form in the event, normally distributed around 0; higher is better. */
    double of(String event, String competitor) {
        return source(event + "/" + competitor).nextGaussian();
    }

    SplittableRandom randomFor(String unitCode) {
        return source(unitCode);
    }

    private SplittableRandom source(String key) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ (long) key.hashCode() << 16 ^ key.length());
    }
}
