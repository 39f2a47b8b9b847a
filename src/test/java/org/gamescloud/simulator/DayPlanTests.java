package org.gamescloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whole days planned on the test datasets and on the demo Games, without a server. */
class DayPlanTests {

    private static final String JUDO = "RJUM-73KG-------------";
    private static final String BOXING = "RBXM-57KG-------------";

    private final DatasetProgramme results = new DatasetProgramme("results");
    private final DayPlan day = DayPlan.of(results.unitsOn("2023-09-28", null), results, 19);
    private final Map<String, DayPlan.PlayedUnit> played =
            day.played().stream().collect(Collectors.toMap(unit -> unit.unit().code(), Function.identity()));

    @Test
    void playsEveryUnitFromItsStartListToItsOfficialResultInSequence() {
        assertThat(day.played()).hasSize(29);
        assertThat(day.skipped()).isEmpty();
        for (DayPlan.PlayedUnit unit : day.played()) {
            List<Message> messages = unit.messages();
            assertThat(messages).extracting(Message::sequence).containsExactly(sequence(messages.size()));
            assertThat(messages).extracting(Message::due).isSorted();
            assertThat(messages.get(0).status()).isEqualTo(Status.START_LIST);
            assertThat(messages).extracting(Message::status).contains(Status.LIVE, Status.INTERMEDIATE);
            assertThat(messages.get(messages.size() - 1).status()).isEqualTo(Status.OFFICIAL);
            assertThat(messages).extracting(Message::messageId).doesNotHaveDuplicates();
            messages.forEach(
                    message -> ApiNotation.assertWellFormed(unit.event().family(), message));
        }
        assertThat(day.timeline()).extracting(Message::due).isSorted();
    }

    @Test
    void sendsEachSplitOfARaceAsSwimmersPassItTheLeaderFirst() {
        List<Message> live = played.get("RSWW100MFREE----------FNL-000100--").messages().stream()
                .filter(message -> message.status() == Status.LIVE)
                .toList();
        Message firstSplit = live.stream()
                .filter(message -> message.lines().stream().anyMatch(line -> line.mark() != null))
                .findFirst()
                .orElseThrow();

        assertThat(firstSplit.lines()).filteredOn(line -> line.mark() != null).hasSize(1);
        assertThat(live.size()).as("one message per swimmer and split").isGreaterThanOrEqualTo(8);
        List<Line> finals = played.get("RSWW100MFREE----------FNL-000100--")
                .messages()
                .get(played.get("RSWW100MFREE----------FNL-000100--").messages().size() - 1)
                .lines();
        for (Message message : live) {
            for (Line line : message.lines()) {
                if (line.mark() != null) {
                    Line finish = finals.stream()
                            .filter(result -> result.competitor().equals(line.competitor()))
                            .findFirst()
                            .orElseThrow();
                    assertThat(Notation.value(line.mark())).isLessThan(Notation.value(finish.mark()));
                }
            }
        }
    }

    @Test
    void sendsEveryAttemptOfAJumpOnItsOwn() {
        List<Message> messages =
                played.get("RATMLONGJUMP----------FNL-000100--").messages();
        for (int i = 2; i < messages.size() - 2; i++) {
            long changed = changedLines(messages.get(i - 1), messages.get(i));
            assertThat(changed).as("message %d changes one jumper", i).isLessThanOrEqualTo(1);
        }
        assertThat(messages.size())
                .isGreaterThan(played.get("RATMLONGJUMP----------FNL-000100--")
                        .competitors()
                        .size());
    }

    @Test
    void sendsAContestAtItsSportsPaceWithTheScoreOnlyEverRising() {
        List<Message> messages =
                played.get("RFBMTEAM--------------GPA-000100--").messages();

        assertThat(messages.size()).as("plays of an hour of football").isGreaterThan(60);
        Map<String, Integer> highest = new java.util.HashMap<>();
        for (Message message : messages) {
            for (Line line : message.lines()) {
                if (line.mark() != null) {
                    int goals = Integer.parseInt(line.mark());
                    assertThat(goals).isGreaterThanOrEqualTo(highest.getOrDefault(line.competitor(), 0));
                    highest.put(line.competitor(), goals);
                }
            }
        }
    }

    @Test
    void limitsTheMessagesOfEachUnitWhenAsked() {
        DayPlan light = DayPlan.of(results.unitsOn("2023-09-28", null), results, 19, 5 - 3);

        for (DayPlan.PlayedUnit unit : light.played()) {
            assertThat(unit.messages()).hasSizeBetween(5, 6);
            assertThat(unit.messages()).extracting(Message::status).contains(Status.LIVE, Status.INTERMEDIATE);
            assertThat(unit.messages().get(unit.messages().size() - 1).lines())
                    .isEqualTo(played.get(unit.unit().code())
                            .messages()
                            .get(played.get(unit.unit().code()).messages().size() - 1)
                            .lines());
        }
        assertThat(light.timeline().size()).isLessThan(day.timeline().size() / 10);
    }

    /** The peak day of the demo Games has about the volume venue systems sent on 27 Sep 2023 (109,393). */
    @Test
    void playsThePeakDayAtTheVolumeOfTheRealOne() {
        DatasetProgramme demo = DemoGames.PROGRAMME;
        DayPlan peak = DayPlan.of(demo.unitsOn("2023-09-27", null), demo, 19);

        assertThat(peak.played()).hasSizeGreaterThanOrEqualTo(379);
        assertThat(peak.timeline().size()).isBetween(95_000, 125_000);
    }

    private static long changedLines(Message before, Message after) {
        int changed = 0;
        for (int i = 0; i < after.lines().size(); i++) {
            if (!after.lines().get(i).equals(before.lines().get(i))) {
                changed++;
            }
        }
        return changed;
    }

    @Test
    void takesTheWinnersOfTheSemiFinalsIntoTheFinal() {
        for (String event : List.of(JUDO, BOXING)) {
            Set<String> winners = Set.of(winner(event + "SFNL000100--"), winner(event + "SFNL000200--"));

            assertThat(competitorsOf(event + "FNL-000100--")).containsExactlyInAnyOrderElementsOf(winners);
        }
    }

    @Test
    void takesARepechageWinnerAndASemiFinalLoserIntoEachBronzeContest() {
        assertThat(competitorsOf(JUDO + "BRNZ000100--"))
                .containsExactlyInAnyOrder(winner(JUDO + "REP-000100--"), loser(JUDO + "SFNL000200--"));
        assertThat(competitorsOf(JUDO + "BRNZ000200--"))
                .containsExactlyInAnyOrder(winner(JUDO + "REP-000200--"), loser(JUDO + "SFNL000100--"));
    }

    @Test
    void takesTheFastestOfTheHeatIntoTheFinal() {
        List<String> heat =
                played.get("RSWW100MFREE----------HEAT000100--").outcome().placed();

        assertThat(competitorsOf("RSWW100MFREE----------FNL-000100--"))
                .containsExactlyInAnyOrderElementsOf(heat.subList(0, Math.min(8, heat.size())));
    }

    @Test
    void playsEveryPairingOfAPoolOnce() {
        Set<Set<String>> pairings = new HashSet<>();
        for (int match = 1; match <= 6; match++) {
            pairings.add(Set.copyOf(competitorsOf(String.format("RFBMTEAM--------------GPA-%04d00--", match))));
        }

        assertThat(pairings).hasSize(6).allSatisfy(pair -> assertThat(pair).hasSize(2));
    }

    @Test
    void fallsBackOnTheEntrantsWhenTheRoundBeforeWasNotPlayed() {
        DayPlan finalOnly = DayPlan.of(List.of(results.unit(JUDO + "FNL-000100--")), results, 19);

        assertThat(finalOnly.played().get(0).competitors()).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void takesTheWinnersOfSemiFinalsMadeOfficialBeforeTheRun() {
        results.official(JUDO + "SFNL000100--", Outcome.of(List.of("8400003", "8400004")));
        results.official(JUDO + "SFNL000200--", Outcome.of(List.of("8400007", "8400001")));

        DayPlan finalOnly = DayPlan.of(List.of(results.unit(JUDO + "FNL-000100--")), results, 19);

        assertThat(finalOnly.played().get(0).competitors())
                .extracting(Entrant::code)
                .containsExactlyInAnyOrder("8400003", "8400007");
    }

    @Test
    void correctsAMedalUnitByExchangingItsFirstTwoOfDifferentNocs() {
        Message correction = day.corrections().get(0);
        DayPlan.PlayedUnit unit = played.get(correction.unitCode());
        Message official = unit.messages().get(unit.messages().size() - 1);
        String first = unit.outcome().placed().get(0);
        String second = unit.outcome().placed().get(1);
        Map<String, Line> before = byCompetitor(official.lines());
        Map<String, Line> after = byCompetitor(correction.lines());

        assertThat(unit.unit().medal()).isEqualTo("GOLD");
        assertThat(correction.status()).isEqualTo(Status.OFFICIAL);
        assertThat(correction.note()).isNotBlank();
        assertThat(correction.sequence()).isEqualTo(official.sequence() + 1);
        assertThat(correction.due()).isAfter(official.due());
        assertThat(nocOf(unit, first)).isNotEqualTo(nocOf(unit, second));
        assertThat(after.get(first).mark()).isEqualTo(before.get(second).mark());
        assertThat(after.get(second).mark()).isEqualTo(before.get(first).mark());
        ApiNotation.assertWellFormed(unit.event().family(), correction);
    }

    @Test
    void plansTheSameDayForTheSameSeed() {
        DayPlan again = DayPlan.of(results.unitsOn("2023-09-28", null), results, 19);
        DayPlan other = DayPlan.of(results.unitsOn("2023-09-28", null), results, 20);

        assertThat(again.timeline()).isEqualTo(day.timeline());
        assertThat(again.corrections()).isEqualTo(day.corrections());
        assertThat(other.timeline()).isNotEqualTo(day.timeline());
    }

    static Stream<LocalDate> daysOfTheDemoGames() {
        return LocalDate.parse("2023-09-19").datesUntil(LocalDate.parse("2023-10-09"));
    }

    /** Every unit of the demo Games, played day by day: each message in the API's notation, a correction a day. */
    @ParameterizedTest
    @MethodSource("daysOfTheDemoGames")
    void writesEveryMessageOfADayOfTheDemoGamesInTheApiNotation(LocalDate date) {
        DatasetProgramme demo = DemoGames.PROGRAMME;
        List<Unit> units = demo.unitsOn(date.toString(), null);
        DayPlan plan = DayPlan.of(units, demo, 19, 12);

        assertThat(plan.skipped()).isEmpty();
        assertThat(plan.played()).hasSameSizeAs(units);
        for (DayPlan.PlayedUnit unit : plan.played()) {
            unit.messages()
                    .forEach(
                            message -> ApiNotation.assertWellFormed(unit.event().family(), message));
        }
        if (units.stream().anyMatch(Unit::isMedalUnit)) {
            assertThat(plan.corrections()).isNotEmpty();
        }
    }

    /** The demo Games, read once for all days. */
    private static final class DemoGames {
        static final DatasetProgramme PROGRAMME = new DatasetProgramme("hangzhou2022");
    }

    private List<String> competitorsOf(String unit) {
        return played.get(unit).competitors().stream().map(Entrant::code).toList();
    }

    private String winner(String unit) {
        return played.get(unit).outcome().winner().orElseThrow();
    }

    private String loser(String unit) {
        return played.get(unit).outcome().runnerUp().orElseThrow();
    }

    private static String nocOf(DayPlan.PlayedUnit unit, String competitor) {
        return unit.competitors().stream()
                .filter(entrant -> entrant.code().equals(competitor))
                .findFirst()
                .orElseThrow()
                .noc();
    }

    private static Map<String, Line> byCompetitor(List<Line> lines) {
        return lines.stream().collect(Collectors.toMap(Line::competitor, Function.identity()));
    }

    private static Long[] sequence(int length) {
        return java.util.stream.LongStream.rangeClosed(1, length).boxed().toArray(Long[]::new);
    }
}
