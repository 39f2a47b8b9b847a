package org.gamescloud.simulator;

import java.util.List;

/**
 * What a unit's competitors did, and how the unit ended.
 *
 * @param lines in start order
 */
record Performances(List<Performance> lines, Outcome outcome) {

    List<Line> at(double progress) {
        return lines.stream().map(performance -> performance.at(progress)).toList();
    }
}
