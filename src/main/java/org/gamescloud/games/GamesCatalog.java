package org.gamescloud.games;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What other modules may read of the Games data. */
public interface GamesCatalog {

    Optional<Noc> findNoc(String code);

    /** All NOCs, by code. */
    List<Noc> listNocs();

    Optional<Event> findEvent(String code);

    Optional<CompetitionUnit> findUnit(String code);

    Optional<Discipline> findDiscipline(String code);

    /** The phases of the event, in the order they are held. */
    List<Phase> listPhases(String eventCode);

    Optional<Competitor> findCompetitor(String code);

    /** The athlete with this id; empty for an unknown id or a team's code. */
    Optional<Athlete> findAthlete(String id);

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
