package org.gamescloud.media.internal;

import java.util.List;
import org.gamescloud.live.LiveUpdatePublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores every live update once and queues it for each enabled partner whose filters match, in one transaction. The
 * event publication registry keeps the event until this has committed, so an update is never lost between the live
 * stream and the queues; an event delivered twice (republished after a crash) finds its update stored and queues
 * nothing again.
 */
@Component
class LiveUpdateQueueing {

    private final MediaUpdates updates;
    private final Partners partners;
    private final DeliveryWorker worker;

    LiveUpdateQueueing(MediaUpdates updates, Partners partners, DeliveryWorker worker) {
        this.updates = updates;
        this.partners = partners;
        this.worker = worker;
    }

    @ApplicationModuleListener
    void on(LiveUpdatePublished update) {
        if (!updates.storeIfNew(update)) {
            return;
        }
        List<PartnerId> subscribers = partners.listEnabled().stream()
                .filter(partner -> partner.filter().matches(update.eventCode(), update.unitCode(), update.nocs()))
                .map(Partner::id)
                .toList();
        updates.enqueue(update.id(), subscribers);
        if (!subscribers.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        }
    }
}
