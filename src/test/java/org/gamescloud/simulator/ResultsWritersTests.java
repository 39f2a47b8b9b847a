package org.gamescloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The marks written for every event of the demo Games, in every kind of unit it has, for several seeds. */
class ResultsWritersTests {

    static List<Event> demoEvents() {
        return Samples.demoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoEvents")
    void writesEveryMessageOfEveryEventInTheNotationOfItsFamily(Event event) {
        for (long seed = 1; seed <= 20; seed++) {
            for (Unit unit : unitsOf(event)) {
                boolean match = event.family().isContest() || unit.phaseType().equals("BRNZ");
                List<Entrant> competitors = Samples.entrants(match ? 2 : 8);
                int updates = seed == 1 ? Timetable.EVERY_CHANGE : 12;
                List<Message> messages = Samples.messagesOf(unit, event, competitors, match, seed, updates);

                assertThat(messages).extracting(Message::sequence).isSorted().doesNotHaveDuplicates();
                assertThat(messages.get(0).status()).isEqualTo(Status.START_LIST);
                assertThat(messages.get(messages.size() - 1).status()).isEqualTo(Status.OFFICIAL);
                messages.forEach(message -> ApiNotation.assertWellFormed(event.family(), message));
            }
        }
    }

    @Test
    void writesTheSameMessagesForTheSameSeedAndOthersForAnother() {
        for (Event event : Samples.demoEvents()) {
            Unit unit = Samples.unit(event, "FNL", "Final", "GOLD");
            int field = event.family().isContest() ? 2 : 8;
            List<Entrant> competitors = Samples.entrants(field);

            assertThat(Samples.messagesOf(unit, event, competitors, field == 2, 42))
                    .isEqualTo(Samples.messagesOf(unit, event, competitors, field == 2, 42));
        }
        Event sprint = event("ATHM100M--------------", "Men's 100 m", "ATH", Family.TIME);
        Unit finalUnit = Samples.unit(sprint, "FNL", "Final", "GOLD");
        assertThat(Samples.messagesOf(finalUnit, sprint, Samples.entrants(8), false, 42))
                .isNotEqualTo(Samples.messagesOf(finalUnit, sprint, Samples.entrants(8), false, 43));
    }

    @Test
    void runsTheMen100MetresAroundTenSeconds() {
        Event sprint = event("ATHM100M--------------", "Men's 100 m", "ATH", Family.TIME);
        List<Message> messages =
                Samples.messagesOf(Samples.unit(sprint, "FNL", "Final", "GOLD"), sprint, Samples.entrants(8), false, 5);

        assertThat(messages.get(messages.size() - 1).lines())
                .filteredOn(line -> line.mark() != null)
                .allSatisfy(line -> assertThat(Double.parseDouble(line.mark())).isBetween(9.7, 10.8));
    }

    @Test
    void drawsSomePoolMatchesAndDecidesEveryKnockoutMatch() {
        Event football = event("FBLMTEAM--------------", "Men's tournament", "FBL", Family.ROUND_ROBIN);
        Unit pool = Samples.unit(football, "GPA", "Group A", null);
        Unit knockout = Samples.unit(football, "QFNL", "Quarter-final 1", null);
        long draws = LongStream.rangeClosed(1, 60)
                .filter(seed ->
                        isLevel(officialOf(Samples.messagesOf(pool, football, Samples.entrants(2), true, seed))))
                .count();

        assertThat(draws).isPositive();
        LongStream.rangeClosed(1, 60).forEach(seed -> {
            List<Line> result = officialOf(Samples.messagesOf(knockout, football, Samples.entrants(2), true, seed));
            assertThat(
                            isLevel(result)
                                    ? result.stream()
                                            .filter(line -> Boolean.TRUE.equals(line.winner()))
                                            .count()
                                    : 1)
                    .isEqualTo(1);
        });
    }

    private static boolean isLevel(List<Line> result) {
        return result.get(0).mark().equals(result.get(1).mark());
    }

    private static List<Line> officialOf(List<Message> messages) {
        return messages.get(messages.size() - 1).lines();
    }

    /** The kinds of unit the event has: heats or pools, a qualification, a bronze match, a final. */
    private static List<Unit> unitsOf(Event event) {
        if (event.family().isContest()) {
            return List.of(
                    Samples.unit(event, "GPA", "Group A", null),
                    Samples.unit(event, "SFNL", "Semi-final 1", "SEMIFINAL"),
                    Samples.unit(event, "FNL", "Final", "GOLD"));
        }
        return List.of(
                Samples.unit(event, "HEAT", "Heat 1", null),
                Samples.unit(event, "QUAL", "Qualification", null),
                Samples.unit(event, "BRNZ", "Bronze medal match", "BRONZE"),
                Samples.unit(event, "FNL", "Final", "GOLD"));
    }

    private static Event event(String code, String name, String discipline, Family family) {
        return new Event(code, name, discipline, "M", family, false);
    }
}
