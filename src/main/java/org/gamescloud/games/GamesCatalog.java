package org.gamescloud.games;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What other modules may read of the Games data. */
public interface GamesCatalog {

    Optional<Noc> findNoc(String code);

    Optional<Event> findEvent(String code);

    Optional<CompetitionUnit> findUnit(String code);

    Optional<Competitor> findCompetitor(String code);

    /** The athletes and teams with these codes; unknown codes are left out. */
    Map<String, Competitor> findCompetitors(Collection<String> codes);

    /** The codes of the athletes or teams entered in the event. */
    Set<String> listEntries(String eventCode);

    /** Whether the athlete or team {@code competitorCode} is entered in the event. */
    boolean isEntered(String eventCode, String competitorCode);

    List<CompetitionUnit> listUnitsOfEvent(String eventCode);

    /** The records of the event that stood before the Games. */
    List<RecordBaseline> listRecordBaselines(String eventCode);
}
