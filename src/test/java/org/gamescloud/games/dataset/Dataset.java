package org.gamescloud.games.dataset;

import java.util.List;
import org.gamescloud.games.dataset.Model.Athlete;
import org.gamescloud.games.dataset.Model.Discipline;
import org.gamescloud.games.dataset.Model.Entry;
import org.gamescloud.games.dataset.Model.Event;
import org.gamescloud.games.dataset.Model.Noc;
import org.gamescloud.games.dataset.Model.Phase;
import org.gamescloud.games.dataset.Model.Session;
import org.gamescloud.games.dataset.Model.Sport;
import org.gamescloud.games.dataset.Model.Team;
import org.gamescloud.games.dataset.Model.Unit;
import org.gamescloud.games.dataset.Model.Venue;

/** Everything that is written out, each list in output order. */
record Dataset(
        List<Noc> nocs,
        List<Sport> sports,
        List<Discipline> disciplines,
        List<Venue> venues,
        List<Event> events,
        List<Phase> phases,
        List<Unit> units,
        List<Session> sessions,
        List<Athlete> athletes,
        List<Team> teams,
        List<Entry> entries) {}
