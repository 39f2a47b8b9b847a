package org.gamescloud.results;

/**
 * An official result set a record: {@code type} {@code GR}, {@code AR} or {@code WR}; {@code previousMark} is the
 * record it beat.
 */
public record RecordSet(
        String eventCode,
        String unitCode,
        int revision,
        String type,
        String mark,
        String competitor,
        String noc,
        String previousMark) {}
