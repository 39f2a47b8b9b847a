package org.gamescloud.results.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Phase;
import org.gamescloud.results.ResultStatus;
import org.gamescloud.results.UnitResults;
import org.junit.jupiter.api.Test;

class BracketTests {

    private static final String EVENT = "JUDM-73KG-------------";
    private static final OffsetDateTime START = OffsetDateTime.parse("2023-09-25T10:00:00+08:00");

    @Test
    void centresEachContestBetweenTheTwoItFollowsAndJoinsThem() {
        List<CompetitionUnit> units = units("QFNL", 4, "SFNL", 2, "FNL", 1);

        Bracket bracket =
                Bracket.of(phases("QFNL", "SFNL", "FNL"), units, Map.of()).orElseThrow();

        assertThat(bracket.headings()).extracting(Bracket.Heading::type).containsExactly("QFNL", "SFNL", "FNL");
        assertThat(bracket.links()).hasSize(4 + 2);
        Bracket.Contest firstSemi = contest(bracket, "SFNL", 1);
        Bracket.Contest firstQuarter = contest(bracket, "QFNL", 1);
        Bracket.Contest secondQuarter = contest(bracket, "QFNL", 2);
        assertThat(firstSemi.y() * 2).isEqualTo(firstQuarter.y() + secondQuarter.y());
        assertThat(firstSemi.x()).isGreaterThan(firstQuarter.x() + Bracket.BOX_WIDTH);
        assertThat(contest(bracket, "FNL", 1).sides())
                .allSatisfy(side -> assertThat(side.competitor()).isNull());
    }

    @Test
    void joinsNoContestsWhereARoundDoesNotHalveAsWithByes() {
        Bracket bracket = Bracket.of(phases("R16", "QFNL"), units("R16", 6, "QFNL", 4), Map.of())
                .orElseThrow();

        assertThat(bracket.contests()).hasSize(10);
        assertThat(bracket.links()).isEmpty();
    }

    @Test
    void putsTheRepechageAndTheBronzeContestsBelowTheMainDraw() {
        Bracket bracket = Bracket.of(
                        phases("SFNL", "REP", "BRNZ", "FNL"), units("SFNL", 2, "FNL", 1, "REP", 2, "BRNZ", 2), Map.of())
                .orElseThrow();

        int bottomOfMainDraw = contest(bracket, "SFNL", 2).y() + Bracket.BOX_HEIGHT;
        assertThat(contest(bracket, "REP", 1).y()).isGreaterThan(bottomOfMainDraw);
        assertThat(contest(bracket, "REP", 1).x())
                .isEqualTo(contest(bracket, "SFNL", 1).x());
        assertThat(contest(bracket, "BRNZ", 1).x())
                .isEqualTo(contest(bracket, "FNL", 1).x());
        assertThat(bracket.links()).hasSize(2 + 2);
        assertThat(bracket.height()).isGreaterThan(contest(bracket, "BRNZ", 2).y() + Bracket.BOX_HEIGHT);
    }

    @Test
    void marksTheWinnerOnlyOnceTheContestIsOfficial() {
        List<CompetitionUnit> units = units("FNL", 1);
        String unit = units.get(0).code();
        UnitResults live = results(unit, ResultStatus.LIVE);
        UnitResults official = results(unit, ResultStatus.OFFICIAL);

        Bracket during = Bracket.of(phases("FNL"), units, Map.of(unit, live)).orElseThrow();
        Bracket after = Bracket.of(phases("FNL"), units, Map.of(unit, official)).orElseThrow();

        assertThat(during.contests().get(0).sides()).noneMatch(Bracket.Side::winner);
        assertThat(during.contests().get(0).isLive()).isTrue();
        assertThat(after.contests().get(0).sides())
                .extracting(side -> side.competitor() + ":" + side.score() + ":" + side.winner())
                .containsExactly("8200001:10:true", "8200003:0:false");
    }

    @Test
    void hasNoBracketWithoutKnockoutUnits() {
        assertThat(Bracket.of(phases("GPA"), units("GPA", 6), Map.of())).isEmpty();
    }

    private static UnitResults results(String unit, ResultStatus status) {
        return new UnitResults(
                unit,
                EVENT,
                status,
                status.scheduleStatus(),
                2,
                START,
                List.of(
                        new UnitResults.Line(1, "8200001", "RNA", "10", null, null, List.of()),
                        new UnitResults.Line(2, "8200003", "RNC", "0", null, null, List.of())));
    }

    private static Bracket.Contest contest(Bracket bracket, String phase, int number) {
        return bracket.contests().stream()
                .filter(contest -> contest.unit().code().equals(code(phase, number)))
                .findFirst()
                .orElseThrow();
    }

    private static List<Phase> phases(String... types) {
        return java.util.Arrays.stream(types)
                .map(type -> new Phase(EVENT, type, type, type))
                .toList();
    }

    /** Units by pairs of phase type and count. */
    private static List<CompetitionUnit> units(Object... typesAndCounts) {
        List<CompetitionUnit> units = new ArrayList<>();
        for (int i = 0; i < typesAndCounts.length; i += 2) {
            String type = (String) typesAndCounts[i];
            for (int number = 1; number <= (Integer) typesAndCounts[i + 1]; number++) {
                units.add(new CompetitionUnit(
                        code(type, number), EVENT, type, "HALL", START, null, "Contest", "比赛", null));
            }
        }
        return units;
    }

    private static String code(String phase, int number) {
        return EVENT + (phase + "----").substring(0, 4) + String.format("%06d--", number * 100);
    }
}
