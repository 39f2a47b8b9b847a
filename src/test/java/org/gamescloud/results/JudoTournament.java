package org.gamescloud.results;

import static org.gamescloud.results.ResultsFixture.*;

import java.util.List;
import java.util.Map;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The men's -73 kg judo of the results dataset, played the same way every time: semi-finals, repechage, one bronze
 * contest decided and one still at its start list, and a final made official then corrected. Every message has a
 * fixed id, so that playing again is a replay that changes nothing: any test may play it, in any order.
 */
public final class JudoTournament {

    public static final String EVENT = JUDO_EVENT;
    public static final String FINAL = judo("FNL", 1);
    public static final String UNDECIDED_BRONZE = judo("BRNZ", 2);
    public static final String CHAMPION = man(1);
    public static final String RUNNER_UP = man(3);
    public static final String CORRECTION_NOTE = "Score corrected after video review";

    private JudoTournament() {}

    public static void play(RestTestClient client) {
        ResultsFixture hall = new ResultsFixture(client, List.of(HALL));
        contest(hall, judo("SFNL", 1), man(1), "10", man(2), "0");
        contest(hall, judo("SFNL", 2), man(3), "1", man(4), "0");
        contest(hall, judo("REP", 1), man(5), "10", man(6), "0");
        contest(hall, judo("REP", 2), man(7), "1", man(8), "0");
        contest(hall, judo("BRNZ", 1), man(2), "10", man(7), "0");
        post(hall, UNDECIDED_BRONZE, message(1, "START_LIST", startList(man(4), man(5))));
        post(hall, FINAL, message(1, "START_LIST", startList(CHAMPION, RUNNER_UP)));
        post(hall, FINAL, message(2, "LIVE", List.of(line(CHAMPION, "0"), line(RUNNER_UP, "0"))));
        post(hall, FINAL, message(3, "OFFICIAL", List.of(line(CHAMPION, "10"), line(RUNNER_UP, "1"))));
        post(
                hall,
                FINAL,
                withNote(message(4, "OFFICIAL", List.of(line(CHAMPION, "10"), line(RUNNER_UP, "0"))), CORRECTION_NOTE));
    }

    private static void contest(
            ResultsFixture hall, String unit, String winner, String won, String loser, String lost) {
        post(hall, unit, message(1, "START_LIST", startList(winner, loser)));
        post(hall, unit, message(2, "OFFICIAL", List.of(line(winner, won), line(loser, lost))));
    }

    /** Posts with an id made of the sequence: the same message each time. */
    private static void post(ResultsFixture hall, String unit, Map<String, Object> message) {
        message.put("messageId", "judo-" + message.get("sequence"));
        hall.post(unit, message).expectStatus().isOk();
    }
}
