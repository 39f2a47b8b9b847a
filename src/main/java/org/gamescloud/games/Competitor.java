package org.gamescloud.games;

/** An athlete or a team, as entered in events; both are identified by one code. */
public record Competitor(String code, Kind kind, String noc, String name, Gender gender) {

    public enum Kind {
        ATHLETE,
        TEAM
    }
}
