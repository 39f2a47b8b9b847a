package org.gamescloud.simulator;

/** One competitor's performance in a unit, as the line a venue system would send at each point of the unit. */
@FunctionalInterface
interface Performance {

    /**
     * @param progress how far the unit has run: above 0 once it has started, 1 when it is over
     */
    Line at(double progress);

    static Performance finished(Line line) {
        return progress -> progress >= 1 ? line : Line.entered(line.competitor());
    }
}
