package org.gamescloud.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gamescloud.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The results test dataset ({@code datasets/results/}, loaded in every test JVM): a pool and a hall on 28 Sep 2023
 * with swimming, diving, jumps, judo, boxing and a football pool; NOCs RNA–RNH, women 83000nn, men 84000nn.
 */
public final class ResultsFixture {

    /** A NOC with no athletes: it never wins a medal. */
    public static final String NOC_WITHOUT_ATHLETES = "RNZ";

    public static final String POOL = "RES-POOL";
    public static final String HALL = "RES-HALL";
    public static final String SWIM_EVENT = "RSWW100MFREE----------";
    public static final String SWIM_HEAT = "RSWW100MFREE----------HEAT000100--";
    public static final String SWIM_FINAL = "RSWW100MFREE----------FNL-000100--";
    public static final String DIVING_FINAL = "RDVW3MSPRINGBOARD-----FNL-000100--";
    public static final String LONG_JUMP_FINAL = "RATMLONGJUMP----------FNL-000100--";
    public static final String HIGH_JUMP_FINAL = "RATMHIGHJUMP----------FNL-000100--";
    public static final String JUDO_EVENT = "RJUM-73KG-------------";
    public static final String BOXING_EVENT = "RBXM-57KG-------------";
    public static final String FOOTBALL_EVENT = "RFBMTEAM--------------";

    private final RestTestClient client;
    private final String username;

    public ResultsFixture(RestTestClient client, List<String> venues) {
        this.client = client;
        this.username = TestUsers.create(client, List.of("RESULTS_OPERATOR"), venues);
    }

    public static String judo(String phase, int number) {
        return unit(JUDO_EVENT, phase, number);
    }

    public static String boxing(String phase, int number) {
        return unit(BOXING_EVENT, phase, number);
    }

    public static String football(int match) {
        return unit(FOOTBALL_EVENT, "GPA", match);
    }

    public static String unit(String event, String phase, int number) {
        String phaseCode = (phase + "----").substring(0, 4);
        return event + phaseCode + String.format("%06d--", number * 100);
    }

    public static String woman(int n) {
        return String.format("83000%02d", n);
    }

    public static String man(int n) {
        return String.format("84000%02d", n);
    }

    public RestTestClient.ResponseSpec post(String unit, Map<String, Object> message) {
        return client.post()
                .uri("/api/results/units/{unit}", unit)
                .headers(headers -> headers.setBasicAuth(username, "password123"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(message)
                .exchange();
    }

    /** A message with a fresh message id. */
    public static Map<String, Object> message(long sequence, String status, List<Map<String, Object>> results) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("messageId", UUID.randomUUID().toString());
        message.put("sequence", sequence);
        message.put("status", status);
        message.put("results", results);
        return message;
    }

    public static Map<String, Object> withNote(Map<String, Object> message, String note) {
        Map<String, Object> copy = new LinkedHashMap<>(message);
        copy.put("note", note);
        return copy;
    }

    public static Map<String, Object> line(String competitor, String mark) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("competitor", competitor);
        if (mark != null) {
            line.put("mark", mark);
        }
        return line;
    }

    public static Map<String, Object> invalid(String competitor, String irm) {
        return new LinkedHashMap<>(Map.of("competitor", competitor, "irm", irm));
    }

    public static List<Map<String, Object>> startList(String... competitors) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String competitor : competitors) {
            lines.add(line(competitor, null));
        }
        return lines;
    }
}
