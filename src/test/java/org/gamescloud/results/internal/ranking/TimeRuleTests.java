package org.gamescloud.results.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.irm;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.mark;
import static org.gamescloud.results.internal.ranking.ResultLineFixture.notYetCompeted;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeRuleTests {

    private final TimeRule rule = new TimeRule();

    @Test
    void sharesSilverThreeWaysAndSkipsToFifth() {
        // Rio 2016, men's 100 m butterfly final: Schooling 50.39; Phelps, le Clos and Cseh all 51.14; Li Zhuhao 51.26.
        List<RankedResult> results = rule.rank(List.of(
                mark("Phelps", "51.14"),
                mark("Li", "51.26"),
                mark("Schooling", "50.39"),
                mark("le Clos", "51.14"),
                mark("Cseh", "51.14")));

        assertThat(results)
                .extracting(RankedResult::rank, RankedResult::competitor, RankedResult::mark)
                .containsExactly(
                        tuple(1, "Schooling", "50.39"),
                        tuple(2, "Phelps", "51.14"),
                        tuple(2, "le Clos", "51.14"),
                        tuple(2, "Cseh", "51.14"),
                        tuple(5, "Li", "51.26"));
    }

    @Test
    void sharesThirdAndSkipsToFifth() {
        // Beijing 2008, men's 100 m freestyle final: Bernard 47.21, Sullivan 47.32, Lezak and Cielo 47.67,
        // van den Hoogenband 47.75.
        List<RankedResult> results = rule.rank(List.of(
                mark("Bernard", "47.21"),
                mark("Sullivan", "47.32"),
                mark("Lezak", "47.67"),
                mark("Cielo", "47.67"),
                mark("van den Hoogenband", "47.75")));

        assertThat(results).extracting(RankedResult::rank).containsExactly(1, 2, 3, 3, 5);
    }

    @Test
    void ranksMinuteTimesAndKeepsTheirNotation() {
        // London 2012, men's 200 m freestyle final: Agnel 1:43.14; Park and Sun 1:44.93; Lochte 1:45.04.
        List<RankedResult> results = rule.rank(List.of(
                mark("Lochte", "1:45.04"), mark("Sun", "1:44.93"), mark("Agnel", "1:43.14"), mark("Park", "1:44.93")));

        assertThat(results)
                .extracting(RankedResult::rank, RankedResult::competitor, RankedResult::mark)
                .containsExactly(
                        tuple(1, "Agnel", "1:43.14"),
                        tuple(2, "Sun", "1:44.93"),
                        tuple(2, "Park", "1:44.93"),
                        tuple(4, "Lochte", "1:45.04"));
    }

    @Test
    void treatsHundredthsAndThousandthsOfTheSameTimeAsATie() {
        List<RankedResult> results = rule.rank(List.of(mark("A", "47.100"), mark("B", "47.10"), mark("C", "47.101")));

        assertThat(results)
                .extracting(RankedResult::rank, RankedResult::competitor, RankedResult::mark)
                .containsExactly(tuple(1, "A", "47.100"), tuple(1, "B", "47.10"), tuple(3, "C", "47.101"));
    }

    @Test
    void separatesThousandthsWhenTheTimingSendsThem() {
        assertThat(rule.rank(List.of(mark("A", "13.410"), mark("B", "13.409"))))
                .extracting(RankedResult::competitor, RankedResult::rank)
                .containsExactly(tuple("B", 1), tuple("A", 2));
    }

    @Test
    void ranksMarathonTimes() {
        assertThat(rule.rank(List.of(mark("A", "2:01:09.12"), mark("B", "2:00:59"), mark("C", "59:59.99"))))
                .extracting(RankedResult::competitor)
                .containsExactly("C", "B", "A");
    }

    @Test
    void listsThoseStillToCompeteAfterTheRankedAndInvalidResultsLast() {
        List<RankedResult> results = rule.rank(List.of(
                irm("A", "DSQ", "52.10"),
                notYetCompeted("B"),
                mark("C", "50.00"),
                irm("D", "DNS"),
                mark("E", "49.90"),
                notYetCompeted("F")));

        assertThat(results)
                .extracting(RankedResult::rank, RankedResult::competitor, RankedResult::mark, RankedResult::irm)
                .containsExactly(
                        tuple(1, "E", "49.90", null),
                        tuple(2, "C", "50.00", null),
                        tuple(null, "B", null, null),
                        tuple(null, "F", null, null),
                        tuple(null, "A", "52.10", "DSQ"),
                        tuple(null, "D", null, "DNS"));
    }

    @Test
    void leavesAStartListUnranked() {
        assertThat(rule.rank(List.of(notYetCompeted("A"), mark("B", ""))))
                .extracting(RankedResult::rank, RankedResult::competitor)
                .containsExactly(tuple(null, "A"), tuple(null, "B"));
        assertThat(rule.rank(List.of())).isEmpty();
    }

    @Test
    void acceptsAnyInvalidResultMarkOfUpToFourCapitals() {
        assertThat(rule.rank(List.of(irm("A", "DQB"), irm("B", "EL"), irm("C", "DNF"))))
                .extracting(RankedResult::irm)
                .containsExactly("DQB", "EL", "DNF");
    }

    @Test
    void rejectsAnInvalidResultMarkThatIsNotOneToFourCapitals() {
        assertThatThrownBy(() -> rule.rank(List.of(irm("A", "dsq"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessageContaining("competitor A: IRM \"dsq\"");
        assertThatThrownBy(() -> rule.rank(List.of(irm("A", "DISQU")))).isInstanceOf(InvalidResultException.class);
    }

    @Test
    void rejectsACompetitorAppearingTwice() {
        assertThatThrownBy(() -> rule.rank(List.of(mark("A", "50.00"), mark("B", "51.00"), irm("A", "DNS"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("competitor A: appears more than once in the message");
    }

    @Test
    void rejectsALineWithoutACompetitor() {
        assertThatThrownBy(() -> rule.rank(List.of(mark(" ", "50.00"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessage("a result line has no competitor");
    }

    @Test
    void rejectsAMalformedTimeEvenOnAnInvalidResult() {
        assertThatThrownBy(() -> rule.rank(List.of(mark("A", "50.00"), irm("B", "DSQ", "9,58"))))
                .isInstanceOf(InvalidResultException.class)
                .hasMessageContaining("competitor B: time \"9,58\"");
    }
}
