package org.gamescloud.live.internal;

import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.gamescloud.live.LiveUpdatePublished;
import org.gamescloud.platform.GamesClock;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one publisher of the cluster: the node whose connection holds the leader lock takes pending updates in the
 * order they were written, lets the {@link CoalescingPolicy} merge running updates, gives each published update the
 * next id and stores it in the log, all in one transaction that also publishes {@link LiveUpdatePublished}. After
 * the commit the updates go to the bus. It wakes up on a PostgreSQL notification from a results transaction, when a
 * held update falls due, or after the poll interval. Other nodes wait for the lock and take over when it is released.
 */
@Component
class LivePublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LivePublisher.class);

    /** Session advisory lock of the leader ("live" + 2). */
    private static final long LEADER_LOCK = 0x6C69766500000002L;

    private final DataSource dataSource;
    private final PendingUpdates pending;
    private final LiveLog liveLog;
    private final LiveBus bus;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final GamesClock clock;
    private final LiveProperties properties;
    private volatile boolean running;
    private volatile Thread leading;
    private Thread thread;

    LivePublisher(
            DataSource dataSource,
            PendingUpdates pending,
            LiveLog liveLog,
            LiveBus bus,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            GamesClock clock,
            LiveProperties properties) {
        this.dataSource = dataSource;
        this.pending = pending;
        this.liveLog = liveLog;
        this.bus = bus;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        pending.whenCommitted(this::wake);
    }

    @Override
    public void start() {
        if (!properties.publishing()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "live-publisher");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (Connection leader = openOwnConnection()) {
                if (tryLead(leader)) {
                    log.info("This node publishes the live stream");
                    publishWhileLeading(leader);
                } else {
                    idle(properties.catchUpInterval().toMillis());
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Live publisher failed, retrying: {}", e.toString());
                    idle(properties.catchUpInterval().toMillis());
                }
            }
        }
    }

    /**
     * A connection of its own, outside the pool: the leader lock belongs to the session, and must end with it rather
     * than stay behind in a pooled connection.
     */
    private Connection openOwnConnection() throws SQLException {
        if (dataSource instanceof HikariConfig pool) {
            return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return dataSource.getConnection();
    }

    private static boolean tryLead(Connection leader) throws SQLException {
        leader.setAutoCommit(true);
        try (Statement statement = leader.createStatement();
                var result = statement.executeQuery("SELECT pg_try_advisory_lock(" + LEADER_LOCK + ")")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    /**
     * Publishes while this node leads. The thread parks between rounds and is unparked by a commit of this node
     * ({@link #wake()}), by a notification from another node (a listener thread waits on the leader connection), when a
     * held update falls due, or after the poll interval. A wake-up during a round is kept (the park that follows returns
     * at once), so no commit waits for the next poll.
     */
    private void publishWhileLeading(Connection leader) throws SQLException {
        try (Statement statement = leader.createStatement()) {
            statement.execute("LISTEN " + PendingUpdates.CHANNEL);
        }
        NotificationListener listener =
                new NotificationListener(leader.unwrap(PGConnection.class), Thread.currentThread());
        Thread listening = new Thread(listener, "live-notifications");
        listening.setDaemon(true);
        listening.start();
        CoalescingPolicy policy = new CoalescingPolicy(properties.coalesceInterval());
        leading = Thread.currentThread();
        try {
            while (running && listener.connected()) {
                OptionalLong nextDue = publishPending(policy);
                long wait_ns = properties.pollInterval().toNanos();
                if (nextDue.isPresent()) {
                    wait_ns = Math.min(wait_ns, nextDue.getAsLong() - System.nanoTime());
                }
                if (wait_ns > 0) {
                    LockSupport.parkNanos(this, wait_ns);
                }
            }
        } finally {
            leading = null;
            listener.stop(listening);
            log.info("This node stops publishing the live stream");
        }
        listener.throwIfFailed();
    }

    /** Publishes without delay what a transaction of this node has just committed, if this node leads. */
    void wake() {
        Thread publisher = leading;
        if (publisher != null) {
            LockSupport.unpark(publisher);
        }
    }

    /**
     * Waits for notifications on the leader connection (commits of other nodes) and unparks the publisher; a failure
     * of the connection ends the leadership, as its session lock is gone.
     */
    private final class NotificationListener implements Runnable {

        private static final int WAIT_MS = 500;

        private final PGConnection connection;
        private final Thread publisher;
        private volatile boolean listening = true;
        private volatile SQLException failure;

        NotificationListener(PGConnection connection, Thread publisher) {
            this.connection = connection;
            this.publisher = publisher;
        }

        @Override
        public void run() {
            try {
                while (listening && running) {
                    // A commit of this node woke the publisher already: waking it again would cost an empty round.
                    if (Arrays.stream(connection.getNotifications(WAIT_MS))
                            .anyMatch(notice -> !pending.isOwn(notice))) {
                        LockSupport.unpark(publisher);
                    }
                }
            } catch (SQLException e) {
                failure = e;
            } finally {
                listening = false;
                LockSupport.unpark(publisher);
            }
        }

        boolean connected() {
            return listening;
        }

        /** Ends listening before the connection closes (the driver's connection is not for two threads at once). */
        void stop(Thread listening) {
            this.listening = false;
            boolean interrupted = false;
            long deadline_ns = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (listening.isAlive() && System.nanoTime() < deadline_ns) {
                try {
                    listening.join(TimeUnit.NANOSECONDS.toMillis(deadline_ns - System.nanoTime()) + 1);
                } catch (InterruptedException e) {
                    interrupted = true; // the node stops: finish this wait all the same
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        void throwIfFailed() throws SQLException {
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** Publishes what is due, batch after batch while batches come full; returns when a held update falls due. */
    private OptionalLong publishPending(CoalescingPolicy policy) {
        while (true) {
            Batch batch = transaction.execute(status -> publishBatch(policy));
            if (batch == null) {
                return OptionalLong.empty();
            }
            if (!batch.published().isEmpty()) {
                bus.send(batch.published());
            }
            if (!batch.full()) {
                return batch.nextDue();
            }
        }
    }

    private record Batch(List<LiveUpdatePublished> published, boolean full, OptionalLong nextDue) {}

    private Batch publishBatch(CoalescingPolicy policy) {
        if (!liveLog.tryLockForPublishing()) {
            return null;
        }
        List<PendingUpdate> taken = pending.listOldest(properties.batchSize());
        CoalescingPolicy.Plan plan = policy.plan(taken, System.nanoTime());
        long id = liveLog.lastId();
        List<LiveUpdatePublished> published = new ArrayList<>(plan.publish().size());
        List<Long> done = new ArrayList<>(plan.discard());
        for (PendingUpdate update : plan.publish()) {
            published.add(new LiveUpdatePublished(
                    ++id,
                    update.name(),
                    update.eventCode(),
                    update.unitCode(),
                    update.nocs(),
                    update.data(),
                    clock.instant()));
            done.add(update.seq());
        }
        liveLog.append(published);
        pending.delete(done);
        published.forEach(events::publishEvent);
        int held = taken.size() - done.size();
        return new Batch(published, taken.size() == properties.batchSize() && held < taken.size(), plan.nextDue());
    }

    private void idle(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
