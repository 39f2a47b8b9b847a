package org.gamescloud.games.dataset;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Small deterministic random source (SplitMix64).
 *
 * <p>We do not use {@code java.util.Random}/{@code SplittableRandom} streams shared across the whole run: every
 * decision gets its own stream seeded from a readable key (e.g. {@code "field", eventCode}), so changing one part of
 * the generator does not reshuffle everything else, and the output stays byte-identical for the same input.
 */
final class Rng {

    private long state;

    private Rng(long seed) {
        this.state = seed;
    }

    /** A stream seeded from the given key parts (FNV-1a over their UTF-8 bytes, plus a fixed salt). */
    static Rng of(Object... keyParts) {
        long h = 0xcbf29ce484222325L;
        for (Object part : keyParts) {
            for (byte b : String.valueOf(part).getBytes(StandardCharsets.UTF_8)) {
                h ^= (b & 0xff);
                h *= 0x100000001b3L;
            }
            h ^= 0x1f;
            h *= 0x100000001b3L;
        }
        return new Rng(h ^ 0x2022_0923_1008L);
    }

    long nextLong() {
        long z = (state += 0x9e3779b97f4a7c15L);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound " + bound);
        }
        return (int) ((nextLong() >>> 33) % bound);
    }

    /** Uniform in [min, max] (both inclusive). */
    int between(int min, int max) {
        return min + nextInt(max - min + 1);
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    <T> T pick(List<T> list) {
        return list.get(nextInt(list.size()));
    }

    <T> T pick(T[] array) {
        return array[nextInt(array.length)];
    }
}
