package org.gamescloud.results;

import java.util.List;

/** The medal table as it stands in the current transaction, for modules that push its changes. */
public interface MedalStandings {

    /** Every NOC with a medal, ranked as {@code GET /api/medals} lists them. */
    List<MedalStanding> list();
}
