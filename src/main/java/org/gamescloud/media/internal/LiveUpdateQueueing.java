package org.gamescloud.media.internal;

import java.util.List;
import org.gamescloud.live.LiveUpdatePublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores every live update once and queues it for each enabled partner whose filters match. It listens synchronously,
 * inside the live publisher's transaction that gives the update its id: the update, its copy for the media and the
 * partners' queue rows commit together or not at all, and they become visible in id order, because the one
 * publisher of the cluster commits its batches one after the other. So a partner's queue never receives a lower id
 * after a higher one, and nothing is lost between the live stream and the queues. An update published twice (a
 * replay) finds its copy stored and queues nothing again.
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

    @EventListener
    void on(LiveUpdatePublished update) {
        if (!updates.storeIfNew(update)) {
            return;
        }
        List<PartnerId> subscribers = partners.listEnabled().stream()
                .filter(partner -> partner.filter().matches(update.eventCode(), update.unitCode(), update.nocs()))
                .map(Partner::id)
                .toList();
        updates.enqueue(update.id(), subscribers);
        if (subscribers.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        } else {
            worker.wake();
        }
    }
}
