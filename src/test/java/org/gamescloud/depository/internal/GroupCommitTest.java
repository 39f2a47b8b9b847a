package org.gamescloud.depository.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gamescloud.depository.merkle.Rfc6962;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    /** An in-memory log. */
    private final List<byte[]> log = Collections.synchronizedList(new ArrayList<>());

    private final List<Integer> groupSizes = Collections.synchronizedList(new ArrayList<>());

    private List<DepositoryLog.Appended> appendAll(List<byte[]> entries) {
        List<DepositoryLog.Appended> appended = new ArrayList<>();
        for (byte[] entry : entries) {
            log.add(entry);
            appended.add(new DepositoryLog.Appended(log.size() - 1, Rfc6962.leafHash(entry)));
        }
        return appended;
    }

    @Test
    void answersEachCallerWithTheIndexOfItsOwnEntryAndSharesCommitsUnderLoad() throws Exception {
        CountDownLatch firstCommitStarted = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        try (GroupCommit groupCommit = new GroupCommit(entries -> {
            groupSizes.add(entries.size());
            firstCommitStarted.countDown();
            awaitQuietly(othersQueued);
            return appendAll(entries);
        })) {
            ExecutorService callers = Executors.newFixedThreadPool(20);
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int c = 0; c < 20; c++) {
                int caller = c;
                answers.add(callers.submit(() -> {
                    byte[] entry = ("caller " + caller).getBytes(StandardCharsets.UTF_8);
                    DepositoryLog.Appended appended = groupCommit.append(entry);
                    return new String(log.get((int) appended.index()), StandardCharsets.UTF_8)
                            .equals("caller " + caller);
                }));
            }
            firstCommitStarted.await(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> groupSizes.get(0) + groupCommit.waiting() == 20);
            othersQueued.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isTrue();
            }
            callers.shutdown();
        }
        assertThat(log).hasSize(20);
        assertThat(groupSizes)
                .as("the first commit, then one for all who queued meanwhile")
                .hasSize(2);
    }

    @Test
    void failsEveryCallerOfAGroupWhoseCommitFailed() {
        try (GroupCommit groupCommit = new GroupCommit(entries -> {
            throw new IllegalStateException("the database is gone");
        })) {
            assertThatThrownBy(() -> groupCommit.append(new byte[] {1}))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the database is gone");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
