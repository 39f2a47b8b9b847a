package org.gamescloud.results.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.heights;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.irm;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.mark;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.winner;

import java.util.ArrayList;
import java.util.List;
import org.gamescloud.games.MedalUnit;
import org.junit.jupiter.api.Test;

class MedalRuleTests {

    private final TimeRule swimming = new TimeRule();
    private final HeadToHeadRule contest = new HeadToHeadRule(false);

    private List<MedalAward> raceAwards(ResultLine... lines) {
        return MedalRule.awards(MedalUnit.GOLD, false, swimming.rank(List.of(lines)));
    }

    private List<MedalAward> contestAwards(MedalUnit unit, ResultLine one, ResultLine other) {
        return MedalRule.awards(unit, true, contest.rank(List.of(one, other)));
    }

    @Test
    void awardsTwoGoldsNoSilverAndABronzeOnATieForFirst() {
        // Rio 2016, women's 100 m freestyle: Manuel and Oleksiak 52.70, Sjöström 52.99, B. Campbell 53.04.
        assertThat(raceAwards(
                        mark("Manuel", "52.70"),
                        mark("Oleksiak", "52.70"),
                        mark("Sjostrom", "52.99"),
                        mark("Campbell", "53.04")))
                .extracting(MedalAward::competitor, MedalAward::medal)
                .containsExactly(
                        tuple("Manuel", Medal.GOLD), tuple("Oleksiak", Medal.GOLD), tuple("Sjostrom", Medal.BRONZE));
    }

    @Test
    void awardsThreeSilversAndNoBronzeOnATieForSecond() {
        // Rio 2016, men's 100 m butterfly: Schooling 50.39; Phelps, le Clos and Cseh 51.14; Li 51.26.
        assertThat(raceAwards(
                        mark("Schooling", "50.39"),
                        mark("Phelps", "51.14"),
                        mark("le Clos", "51.14"),
                        mark("Cseh", "51.14"),
                        mark("Li", "51.26")))
                .extracting(MedalAward::medal)
                .containsExactly(Medal.GOLD, Medal.SILVER, Medal.SILVER, Medal.SILVER);
    }

    @Test
    void awardsTwoBronzesOnATieForThird() {
        // Beijing 2008, men's 100 m freestyle: Bernard 47.21, Sullivan 47.32, Lezak and Cielo 47.67.
        assertThat(raceAwards(
                        mark("Bernard", "47.21"),
                        mark("Sullivan", "47.32"),
                        mark("Lezak", "47.67"),
                        mark("Cielo", "47.67"),
                        mark("van den Hoogenband", "47.75")))
                .extracting(MedalAward::competitor, MedalAward::medal)
                .containsExactly(
                        tuple("Bernard", Medal.GOLD),
                        tuple("Sullivan", Medal.SILVER),
                        tuple("Lezak", Medal.BRONZE),
                        tuple("Cielo", Medal.BRONZE));
    }

    @Test
    void awardsSharedGoldAndABronzeAfterAHighJumpCountback() {
        // Tokyo 2020, men's high jump (series shortened): Barshim and Tamberi shared gold, Nedasekau bronze on
        // failures.
        List<RankedResult> results = new HeightRule()
                .rank(List.of(
                        heights("Barshim", "2.35 O, 2.37 O, 2.39 XXX"),
                        heights("Tamberi", "2.35 O, 2.37 O, 2.39 XXX"),
                        heights("Nedasekau", "2.33 O, 2.35 X-, 2.37 O, 2.39 XXX")));

        assertThat(MedalRule.awards(MedalUnit.GOLD, false, results))
                .extracting(MedalAward::medal)
                .containsExactly(Medal.GOLD, Medal.GOLD, Medal.BRONZE);
    }

    @Test
    void awardsGoldSilverAndTwoBronzesFromAJudoFinalAndTwoBronzeMedalContests() {
        // Tokyo 2020, judo men's -60 kg: Takato beat Yang Yung-wei in the final; Smetov beat Tsjakadoea and
        // Mkheidze beat Kim Won-jin in the bronze-medal contests.
        List<MedalAward> awards = new ArrayList<>();
        awards.addAll(contestAwards(MedalUnit.GOLD, winner("Takato", null), mark("Yang", null)));
        awards.addAll(contestAwards(MedalUnit.BRONZE, mark("Tsjakadoea", null), winner("Smetov", null)));
        awards.addAll(contestAwards(MedalUnit.BRONZE, winner("Mkheidze", null), mark("Kim", null)));

        assertThat(awards)
                .extracting(MedalAward::competitor, MedalAward::medal)
                .containsExactly(
                        tuple("Takato", Medal.GOLD),
                        tuple("Yang", Medal.SILVER),
                        tuple("Smetov", Medal.BRONZE),
                        tuple("Mkheidze", Medal.BRONZE));
    }

    @Test
    void awardsBronzeToTheLosersOfBoxingSemiFinals() {
        // Tokyo 2020, women's featherweight semi-finals: Petecio beat Testa 4-1, Irie beat Artingstall 3-2.
        List<MedalAward> awards = new ArrayList<>();
        awards.addAll(contestAwards(MedalUnit.SEMIFINAL, mark("Petecio", "4"), mark("Testa", "1")));
        awards.addAll(contestAwards(MedalUnit.SEMIFINAL, mark("Irie", "3"), mark("Artingstall", "2")));

        assertThat(awards)
                .extracting(MedalAward::competitor, MedalAward::medal)
                .containsExactly(tuple("Testa", Medal.BRONZE), tuple("Artingstall", Medal.BRONZE));
    }

    @Test
    void awardsNoMedalToADisqualifiedFinalist() {
        assertThat(raceAwards(mark("A", "9.80"), irm("B", "DSQ", "9.70"), mark("C", "9.90"), mark("D", "9.95")))
                .extracting(MedalAward::competitor, MedalAward::medal)
                .containsExactly(tuple("A", Medal.GOLD), tuple("C", Medal.SILVER), tuple("D", Medal.BRONZE));
        assertThat(contestAwards(MedalUnit.GOLD, mark("A", null), irm("B", "DSQ")))
                .extracting(MedalAward::competitor, MedalAward::medal)
                .containsExactly(tuple("A", Medal.GOLD));
    }

    @Test
    void awardsNothingFromAContestStillUndecided() {
        assertThat(contestAwards(MedalUnit.SEMIFINAL, mark("A", "1"), mark("B", "1")))
                .isEmpty();
    }

    @Test
    void awardsNoBronzeInAFinalOfTwo() {
        List<RankedResult> oddlyRanked = List.of(
                new RankedResult("A", 1, null, null),
                new RankedResult("B", 2, null, null),
                new RankedResult("C", 3, null, null));

        assertThat(MedalRule.awards(MedalUnit.GOLD, true, oddlyRanked))
                .extracting(MedalAward::medal)
                .containsExactly(Medal.GOLD, Medal.SILVER);
    }
}
