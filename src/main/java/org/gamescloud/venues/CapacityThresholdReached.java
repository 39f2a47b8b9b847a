package org.gamescloud.venues;

import java.time.Instant;

/**
 * The number of spectators inside a venue reached a configured share of its capacity while admitting for a session;
 * published once per venue, session and threshold.
 */
public record CapacityThresholdReached(
        String venueCode, String sessionCode, int thresholdPercent, int occupancy, int capacity, Instant reachedAt) {}
