package org.gamescloud.results;

/** A medal awarded to an athlete or team of a NOC in an event, by a unit. */
public record MedalAward(String eventCode, String unitCode, String competitor, String noc, Medal medal) {}
