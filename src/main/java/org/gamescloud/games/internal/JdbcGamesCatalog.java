package org.gamescloud.games.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gamescloud.games.Athlete;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Competitor;
import org.gamescloud.games.Discipline;
import org.gamescloud.games.Event;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.games.Noc;
import org.gamescloud.games.Phase;
import org.gamescloud.games.RecordBaseline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcGamesCatalog implements GamesCatalog {

    private final Nocs nocs;
    private final Events events;
    private final Units units;
    private final Competitors competitors;
    private final JdbcClient jdbc;

    JdbcGamesCatalog(Nocs nocs, Events events, Units units, Competitors competitors, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.nocs = nocs;
        this.events = events;
        this.units = units;
        this.competitors = competitors;
    }

    @Override
    public Optional<Noc> findNoc(String code) {
        return nocs.findNoc(code);
    }

    @Override
    public List<Noc> listNocs() {
        return nocs.listNocs();
    }

    @Override
    public Optional<Event> findEvent(String code) {
        return events.findEvent(code);
    }

    @Override
    public Optional<CompetitionUnit> findUnit(String code) {
        return units.findUnit(code);
    }

    @Override
    public Optional<Discipline> findDiscipline(String code) {
        return events.findDiscipline(code);
    }

    @Override
    public List<Phase> listPhases(String eventCode) {
        return events.listPhasesOf(eventCode);
    }

    @Override
    public Optional<Competitor> findCompetitor(String code) {
        return competitors.findCompetitor(code);
    }

    @Override
    public Optional<Athlete> findAthlete(String id) {
        return competitors
                .findAthlete(id)
                .map(athlete -> new Athlete(
                        athlete.id(),
                        athlete.name(),
                        athlete.noc(),
                        athlete.gender(),
                        athlete.birthDate(),
                        athlete.events()));
    }

    @Override
    public Map<String, Competitor> findCompetitors(Collection<String> codes) {
        return competitors.findCompetitors(codes);
    }

    @Override
    public Set<String> listEntries(String eventCode) {
        return competitors.listEntries(eventCode);
    }

    @Override
    public boolean isEntered(String eventCode, String competitorCode) {
        return competitors.isEntered(eventCode, competitorCode);
    }

    @Override
    public List<CompetitionUnit> listUnitsOfEvent(String eventCode) {
        return units.listUnitsOfEvent(eventCode);
    }

    @Override
    public List<RecordBaseline> listRecordBaselines(String eventCode) {
        return jdbc.sql(
                        "SELECT event_code AS event, type, mark, holder, noc, set_on AS date, place FROM record_baseline"
                                + " WHERE event_code = :event ORDER BY type")
                .param("event", eventCode)
                .query(RecordBaseline.class)
                .list();
    }
}
