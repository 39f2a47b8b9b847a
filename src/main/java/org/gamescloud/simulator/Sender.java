package org.gamescloud.simulator;

/** Sends a run's messages to the server, keeping each unit's messages in order, and counts their answers. */
interface Sender extends AutoCloseable {

    /** Sends the message, or queues it; messages of one unit are applied in the order they are given. */
    void send(Message message);

    /** Sends whatever is queued: called before the run waits for the Games time of the next message. */
    void flush();

    /** Waits until every message given so far has been answered. */
    void finish();

    @Override
    default void close() {}
}
