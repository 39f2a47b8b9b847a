package org.gamescloud.results.internal;

import java.util.List;
import org.gamescloud.results.MedalStanding;
import org.gamescloud.results.MedalStandings;
import org.springframework.stereotype.Component;

@Component
class MedalStandingsQuery implements MedalStandings {

    private final MedalAwards awards;

    MedalStandingsQuery(MedalAwards awards) {
        this.awards = awards;
    }

    @Override
    public List<MedalStanding> list() {
        return awards.table().stream()
                .map(row ->
                        new MedalStanding(row.rank(), row.noc(), row.gold(), row.silver(), row.bronze(), row.total()))
                .toList();
    }
}
