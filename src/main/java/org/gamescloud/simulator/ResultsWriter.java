package org.gamescloud.simulator;

/** Writes plausible results for the units of one scoring family (and its sports). */
interface ResultsWriter {

    Performances write(Field field);

    /** The writer for an event's scoring family. */
    static ResultsWriter of(Family family) {
        return switch (family) {
            case TIME -> new RaceResults();
            case DISTANCE -> new DistanceResults();
            case HEIGHT -> new HeightResults();
            case JUDGED -> new JudgedResults();
            case POINTS_HIGH, POINTS_LOW -> new PointsResults();
            case HEAD_TO_HEAD, ROUND_ROBIN -> new MatchResults();
        };
    }
}
