package org.gamescloud.results.internal.ranking;

import java.util.ArrayList;
import java.util.List;
import org.gamescloud.games.MedalUnit;

// TEMPORARY STUB (not committed): replaced by the rules branch.
public final class MedalRule {
    public enum Kind {
        GOLD,
        SILVER,
        BRONZE
    }

    public record Award(String competitor, Kind medal) {}

    public static List<Award> award(MedalUnit unit, boolean contest, List<RankedResult> ranked) {
        List<Award> out = new ArrayList<>();
        for (RankedResult r : ranked) {
            if (r.rank() == null) continue;
            if (r.rank() == 1) out.add(new Award(r.competitor(), Kind.GOLD));
            if (r.rank() == 2) out.add(new Award(r.competitor(), Kind.SILVER));
            if (r.rank() == 3) out.add(new Award(r.competitor(), Kind.BRONZE));
        }
        return out;
    }
}
