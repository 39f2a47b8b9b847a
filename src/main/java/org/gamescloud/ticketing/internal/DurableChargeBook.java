package org.gamescloud.ticketing.internal;

import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The simulated provider's charges in table {@code simulated_charge}, written by group commit: every caller hands over
 * its change and waits; one committer thread writes whatever queued meanwhile in one transaction (one upsert for new
 * charges, one conditional update per kind of change) and answers each caller only after the commit. So an
 * authorisation or capture is durable before the provider answers, as a real provider's is, while the flash sale's
 * thousands of authorisations and captures per second cost a few commits, not one each. Each change is a single
 * conditional statement, so concurrent changes of one charge (a capture and a void, say) apply one after the other.
 */
@Component
@ConditionalOnProperty(name = "games.ticketing.simulated-payments.durable", havingValue = "true")
class DurableChargeBook implements ChargeBook, AutoCloseable {

    static final int MAX_GROUP = 1_000;

    private record Pending(
            UUID orderId,
            String account,
            BigDecimal amount,
            PaymentProvider.ChargeStatus status,
            Map<PaymentProvider.ChargeStatus, PaymentProvider.ChargeStatus> changes,
            CompletableFuture<Boolean> done) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread committer;

    DurableChargeBook(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.committer = new Thread(this::commitLoop, "simulated-payments-group-commit");
        committer.setDaemon(true);
        committer.start();
    }

    @Override
    public void put(UUID orderId, String account, BigDecimal amount, PaymentProvider.ChargeStatus status) {
        await(new Pending(orderId, account, amount, status, null, new CompletableFuture<>()));
    }

    @Override
    public boolean change(UUID orderId, Map<PaymentProvider.ChargeStatus, PaymentProvider.ChargeStatus> changes) {
        return await(new Pending(orderId, null, null, null, changes, new CompletableFuture<>()));
    }

    @Override
    public Optional<PaymentProvider.ChargeStatus> find(UUID orderId) {
        return jdbc.sql("SELECT status FROM simulated_charge WHERE order_id = :id")
                .param("id", orderId)
                .query(String.class)
                .optional()
                .map(PaymentProvider.ChargeStatus::valueOf);
    }

    private boolean await(Pending pending) {
        queue.add(pending);
        try {
            return pending.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the payment was being recorded", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private void commitLoop() {
        List<Pending> group = new ArrayList<>(MAX_GROUP);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(group, MAX_GROUP - 1);
            commit(group);
            group.clear();
        }
        RuntimeException stopped = new IllegalStateException("the simulated payment provider has stopped");
        queue.forEach(pending -> pending.done().completeExceptionally(stopped));
    }

    private void commit(List<Pending> group) {
        try {
            Set<UUID> changed = transaction.execute(status -> write(group));
            group.forEach(pending ->
                    pending.done().complete(pending.changes() == null || changed.contains(pending.orderId())));
        } catch (RuntimeException e) {
            group.forEach(pending -> pending.done().completeExceptionally(e));
        }
    }

    /** New charges first, then each kind of change; returns the charges a change applied to. */
    private Set<UUID> write(List<Pending> group) {
        Map<UUID, Pending> puts = new LinkedHashMap<>();
        Map<Map<PaymentProvider.ChargeStatus, PaymentProvider.ChargeStatus>, List<UUID>> changes =
                new LinkedHashMap<>();
        for (Pending pending : group) {
            if (pending.changes() == null) {
                puts.remove(pending.orderId());
                puts.put(pending.orderId(), pending);
            } else {
                changes.computeIfAbsent(pending.changes(), c -> new ArrayList<>())
                        .add(pending.orderId());
            }
        }
        if (!puts.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO simulated_charge (order_id, account, amount, status, updated_at)
                            SELECT id, account, amount, status, now()
                            FROM unnest(:ids::uuid[], :accounts::text[], :amounts::numeric[], :statuses::text[])
                                AS c (id, account, amount, status)
                            ON CONFLICT (order_id) DO UPDATE SET account = excluded.account, amount = excluded.amount,
                                status = excluded.status, updated_at = excluded.updated_at
                            """)
                    .param("ids", puts.keySet().stream().map(UUID::toString).toArray(String[]::new))
                    .param(
                            "accounts",
                            puts.values().stream().map(Pending::account).toArray(String[]::new))
                    .param(
                            "amounts",
                            puts.values().stream()
                                    .map(p -> p.amount().toPlainString())
                                    .toArray(String[]::new))
                    .param(
                            "statuses",
                            puts.values().stream().map(p -> p.status().name()).toArray(String[]::new))
                    .update();
        }
        Set<UUID> changed = new HashSet<>();
        changes.forEach((change, orderIds) -> jdbc.sql(changeStatement(change))
                .param("ids", orderIds.stream().map(UUID::toString).distinct().toArray(String[]::new))
                .query((rs, row) -> UUID.fromString(rs.getString(1)))
                .list()
                .forEach(changed::add));
        return changed;
    }

    private static String changeStatement(Map<PaymentProvider.ChargeStatus, PaymentProvider.ChargeStatus> change) {
        String cases = change.entrySet().stream()
                .map(e ->
                        "WHEN '" + e.getKey().name() + "' THEN '" + e.getValue().name() + "'")
                .collect(Collectors.joining(" "));
        String from = change.keySet().stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        return "UPDATE simulated_charge SET status = CASE status " + cases + " END, updated_at = now()"
                + " WHERE order_id = ANY(:ids::uuid[]) AND status IN (" + from + ") RETURNING order_id::text";
    }

    @Override
    @PreDestroy
    public void close() {
        committer.interrupt();
    }
}
