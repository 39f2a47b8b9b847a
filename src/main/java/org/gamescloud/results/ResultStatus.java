package org.gamescloud.results;

/** ODF result status of a unit, in the order a unit moves through them; PROTESTED stands aside (API.md). */
public enum ResultStatus {
    START_LIST,
    LIVE,
    INTERMEDIATE,
    UNCONFIRMED,
    UNOFFICIAL,
    OFFICIAL,
    PROTESTED;

    /**
     * Whether a unit at this status may receive a message of status {@code next}: the same status or a later one;
     * PROTESTED after LIVE or anything later, and from PROTESTED on only to UNOFFICIAL or OFFICIAL.
     */
    public boolean mayMoveTo(ResultStatus next) {
        if (this == PROTESTED) {
            return next == PROTESTED || next == UNOFFICIAL || next == OFFICIAL;
        }
        if (next == PROTESTED) {
            return this != START_LIST;
        }
        return next.ordinal() >= ordinal();
    }

    /** The unit's ODF schedule status that this result status implies. */
    public ScheduleStatus scheduleStatus() {
        return switch (this) {
            case START_LIST -> ScheduleStatus.GETTING_READY;
            case LIVE, INTERMEDIATE, PROTESTED -> ScheduleStatus.RUNNING;
            case UNCONFIRMED, UNOFFICIAL, OFFICIAL -> ScheduleStatus.FINISHED;
        };
    }

    /** ODF schedule status of a unit. */
    public enum ScheduleStatus {
        SCHEDULED,
        GETTING_READY,
        RUNNING,
        FINISHED
    }
}
