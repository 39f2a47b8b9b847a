package org.gamescloud.platform;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes kept for the current transaction and sent together before it commits. A buffer is kept among the
 * transaction's synchronizations (not bound to the thread), so it ends with the transaction, and a transaction
 * suspended for another (REQUIRES_NEW) keeps its own. Each owner (the repository that buffers) has at most one buffer
 * per transaction.
 */
public final class TransactionBuffers {

    /** A buffer: a synchronization that knows which repository it buffers for. */
    public interface Buffer extends TransactionSynchronization {

        Object owner();
    }

    private TransactionBuffers() {}

    /** Whether writes can be buffered: an actual transaction with synchronization is active. */
    public static boolean active() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive();
    }

    /** The owner's buffer in the current transaction, if it has made one. */
    public static <B extends Buffer> Optional<B> find(Class<B> type, Object owner) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (type.isInstance(synchronization) && ((Buffer) synchronization).owner() == owner) {
                return Optional.of(type.cast(synchronization));
            }
        }
        return Optional.empty();
    }

    /** The owner's buffer in the current transaction, made and registered on first use; only when {@link #active}. */
    public static <B extends Buffer> B obtain(Class<B> type, Object owner, Supplier<B> create) {
        return find(type, owner).orElseGet(() -> {
            B created = create.get();
            TransactionSynchronizationManager.registerSynchronization(created);
            return created;
        });
    }
}
