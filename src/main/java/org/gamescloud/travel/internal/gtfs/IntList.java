package org.gamescloud.travel.internal.gtfs;

import java.util.Arrays;

/** A growable list of ints, so that millions of stop times are not boxed. */
final class IntList {

    private int[] values = new int[1024];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }
}
