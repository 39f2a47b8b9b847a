package org.gamescloud.simulator;

/** An athlete or team entered in an event (by athlete id or team code), with its NOC. */
record Entrant(String code, String noc) {}
