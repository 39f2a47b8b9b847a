package org.gamescloud.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coalescing rule, offered pending updates as the publisher offers them: oldest first, held ones again. */
class CoalescingPolicyTests {

    private static final long MS = 1_000_000L;

    @Test
    void publishesTheFirstRunningUpdateOfAUnitAtOnce() {
        CoalescingPolicyProbe policy = new CoalescingPolicyProbe(250);

        assertThat(policy.offer(0, "U1:LIVE")).containsExactly("U1:LIVE#1");
    }

    @Test
    void mergesRunningUpdatesWithinTheIntervalAndTheLatestWins() {
        CoalescingPolicyProbe policy = new CoalescingPolicyProbe(250);
        policy.offer(0, "U1:LIVE");

        assertThat(policy.offer(100 * MS, "U1:LIVE", "U1:INTERMEDIATE")).isEmpty();
        assertThat(policy.offer(200 * MS, "U1:INTERMEDIATE")).isEmpty();
        assertThat(policy.offer(250 * MS)).containsExactly("U1:INTERMEDIATE#4");
        assertThat(policy.discarded()).containsExactly(2L, 3L);
    }

    @Test
    void sendsAtMostFourRunningUpdatesPerSecondPerUnit() {
        CoalescingPolicyProbe policy = new CoalescingPolicyProbe(250);
        List<String> published = new ArrayList<>();
        for (long at = 0; at < 1000; at += 10) {
            published.addAll(policy.offer(at * MS, "U1:LIVE"));
        }

        assertThat(published).hasSize(4);
    }

    @Test
    void neverHoldsOrDropsAnOfficialResult() {
        CoalescingPolicyProbe policy = new CoalescingPolicyProbe(250);
        policy.offer(0, "U1:LIVE");

        assertThat(policy.offer(10 * MS, "U1:LIVE", "U1:OFFICIAL", "U1:OFFICIAL"))
                .containsExactly("U1:OFFICIAL#3", "U1:OFFICIAL#4");
        assertThat(policy.offer(20 * MS, "U1:OFFICIAL")).containsExactly("U1:OFFICIAL#5");
    }

    @Test
    void publishesUnofficialAndProtestedAtOnce() {
        CoalescingPolicyProbe policy = new CoalescingPolicyProbe(250);
        policy.offer(0, "U1:LIVE");

        assertThat(policy.offer(1 * MS, "U1:UNOFFICIAL", "U1:PROTESTED"))
                .containsExactly("U1:UNOFFICIAL#2", "U1:PROTESTED#3");
    }

    @Test
    void coalescesEachUnitOnItsOwn() {
        CoalescingPolicyProbe policy = new CoalescingPolicyProbe(250);
        policy.offer(0, "U1:LIVE");

        assertThat(policy.offer(10 * MS, "U1:LIVE", "U2:LIVE")).containsExactly("U2:LIVE#3");
    }

    @Test
    void publishesMedalTableChangesAtOnce() {
        CoalescingPolicyProbe policy = new CoalescingPolicyProbe(250);

        assertThat(policy.offer(0, "medals", "medals")).containsExactly("medals#1", "medals#2");
    }

    @Test
    void neverDropsAnOfficialResultWhateverComesAroundIt() {
        for (long seed = 0; seed < 200; seed++) {
            java.util.Random random = new java.util.Random(seed);
            CoalescingPolicyProbe policy = new CoalescingPolicyProbe(250);
            List<String> published = new ArrayList<>();
            int officials = 0;
            long at = 0;
            for (int round = 0; round < 50; round++) {
                List<String> offered = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    String unit = "U" + random.nextInt(3);
                    String status = random.nextInt(5) == 0 ? "OFFICIAL" : "LIVE";
                    officials += status.equals("OFFICIAL") ? 1 : 0;
                    offered.add(unit + ":" + status);
                }
                at += random.nextInt(200) * MS;
                published.addAll(policy.offer(at, offered.toArray(String[]::new)));
            }
            published.addAll(policy.offer(at + 1000 * MS));

            assertThat(published.stream().filter(update -> update.contains("OFFICIAL")))
                    .hasSize(officials);
        }
    }
}
