package org.gamescloud.travel.internal.synthetic;

import static org.gamescloud.travel.internal.synthetic.Timetables.hm;

/**
 * The kinds of city bus line, with the share of lines, length and timetable of each. Headways are plausible for
 * Chinese cities of this size (trunk lines every 6–12 min, ordinary lines 8–20 min); they are not sourced.
 */
enum BusRouteKind {
    /** Long cross-town lines; working-day peaks halve the headway with short workings over the middle of the line. */
    TRUNK("", 0.20, 9_000, 18_000, hm(5, 45), hm(22, 30), 11, 14, true),
    /** Ordinary lines; working-day peaks halve the headway. */
    REGULAR("", 0.42, 6_000, 13_000, hm(6, 0), hm(21, 30), 15, 20, true),
    /** Short community (micro-bus) lines feeding metro stations and neighbourhoods. */
    COMMUNITY("C", 0.16, 3_000, 6_000, hm(6, 30), hm(19, 30), 20, 20, false),
    /** Peak-only express lines on working days (morning and evening). */
    PEAK("P", 0.10, 8_000, 16_000, hm(6, 45), hm(9, 0), 10, 10, false),
    /** Night lines, running past midnight (GTFS times beyond 24:00). */
    NIGHT("N", 0.12, 8_000, 18_000, hm(22, 0), hm(26, 0), 20, 30, false);

    final String prefix;
    final double share;
    final int minLength_m;
    final int maxLength_m;
    final int first_s;
    final int last_s;
    final int minHeadway_min;
    final int maxHeadway_min;
    final boolean peakSupplement;

    BusRouteKind(
            String prefix,
            double share,
            int minLength_m,
            int maxLength_m,
            int first_s,
            int last_s,
            int minHeadway_min,
            int maxHeadway_min,
            boolean peakSupplement) {
        this.prefix = prefix;
        this.share = share;
        this.minLength_m = minLength_m;
        this.maxLength_m = maxLength_m;
        this.first_s = first_s;
        this.last_s = last_s;
        this.minHeadway_min = minHeadway_min;
        this.maxHeadway_min = maxHeadway_min;
        this.peakSupplement = peakSupplement;
    }

    /** Average speed including dwell: slower in daytime traffic than at night. */
    double speed_mps() {
        return this == NIGHT ? 7.0 : this == TRUNK || this == PEAK ? 5.6 : 5.0;
    }

    /** Picks the kind of the {@code index}-th of {@code count} lines so that the shares hold exactly. */
    static BusRouteKind forIndex(int index, int count) {
        double position = (index + 0.5) / count;
        double cumulative = 0;
        for (BusRouteKind kind : values()) {
            cumulative += kind.share;
            if (position < cumulative) {
                return kind;
            }
        }
        return NIGHT;
    }
}
