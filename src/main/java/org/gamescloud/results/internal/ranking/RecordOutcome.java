package org.gamescloud.results.internal.ranking;

/** How a mark compares with a record. */
public enum RecordOutcome {
    /** Strictly better: a new record. */
    BEATS,
    /**
     * The same mark at the precision the record is kept to. Athletics and swimming count an equalled record as a record
     * (shown as {@code =GR}, {@code =WR}); whether to list it is the caller's choice.
     */
    EQUALS,
    /** Worse: no record. */
    MISSES
}
