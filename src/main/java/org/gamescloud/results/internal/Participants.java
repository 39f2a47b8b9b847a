package org.gamescloud.results.internal;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gamescloud.games.Competitor;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.games.Noc;

/**
 * Who is who on a results page: the athletes and teams it names, and every NOC (a Games has some 200 at most), read
 * once per page. Its methods are public because templates call them.
 */
record Participants(Map<String, Competitor> competitors, Map<String, Noc> nocs) {

    static Participants read(GamesCatalog catalog, Collection<String> competitorCodes) {
        return new Participants(
                catalog.findCompetitors(competitorCodes),
                catalog.listNocs().stream().collect(Collectors.toMap(Noc::code, Function.identity())));
    }

    /** The athlete or team, or null when the code is unknown. */
    public Competitor competitor(String code) {
        return competitors.get(code);
    }

    public Noc noc(String code) {
        return code == null ? null : nocs.get(code);
    }

    /** Whether the code names an athlete, who has a page of their own. */
    public boolean isAthlete(String code) {
        Competitor competitor = competitors.get(code);
        return competitor != null && competitor.kind() == Competitor.Kind.ATHLETE;
    }

    /** The name of the athlete or team; its code when unknown. */
    public String name(String code) {
        Competitor competitor = competitors.get(code);
        return competitor == null ? code : competitor.name();
    }
}
