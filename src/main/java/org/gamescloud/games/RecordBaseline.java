package org.gamescloud.games;

import java.time.LocalDate;

/**
 * A record standing before the Games: {@code type} is {@code GR} (Games), {@code AR} (Asian) or {@code WR} (world);
 * {@code mark} is in the notation of the event's scoring family.
 */
public record RecordBaseline(
        String event, String type, String mark, String holder, String noc, LocalDate date, String place) {}
