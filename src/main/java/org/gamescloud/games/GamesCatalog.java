package org.gamescloud.games;

import java.util.List;
import java.util.Optional;

/** What other modules may read of the Games data. */
public interface GamesCatalog {

    Optional<Noc> findNoc(String code);

    Optional<Event> findEvent(String code);

    Optional<CompetitionUnit> findUnit(String code);

    Optional<Competitor> findCompetitor(String code);

    /** Whether the athlete or team {@code competitorCode} is entered in the event. */
    boolean isEntered(String eventCode, String competitorCode);

    List<CompetitionUnit> listUnitsOfEvent(String eventCode);
}
