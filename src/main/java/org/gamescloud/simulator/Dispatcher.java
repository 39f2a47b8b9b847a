package org.gamescloud.simulator;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Plays a timeline of messages against real time ({@code speed} Games minutes pass in each real second), then the
 * day's correction, once the server has answered everything else: it goes to the first candidate whose unit became
 * OFFICIAL, since only an official unit can be corrected.
 */
final class Dispatcher {

    private Dispatcher() {}

    /**
     * @param speed Games minutes per real second; infinite to send everything as fast as the server answers
     */
    static void play(List<Message> timeline, List<Message> corrections, double speed, Sender sender, Tally tally)
            throws InterruptedException {
        if (timeline.isEmpty()) {
            return;
        }
        OffsetDateTime first = timeline.get(0).due();
        long started = System.nanoTime();
        for (Message message : timeline) {
            waitFor(message, first, started, speed, sender);
            tally.reached(message.due());
            sender.send(message);
        }
        sender.finish();
        Optional<Message> correction = corrections.stream()
                .filter(candidate -> tally.isOfficial(candidate.unitCode()))
                .findFirst();
        if (correction.isPresent()) {
            waitFor(correction.get(), first, started, speed, sender);
            sender.send(correction.get());
            sender.finish();
        }
    }

    private static void waitFor(Message message, OffsetDateTime first, long started, double speed, Sender sender)
            throws InterruptedException {
        if (Double.isInfinite(speed)) {
            return;
        }
        double gamesMinutes = Duration.between(first, message.due()).toMillis() / 60_000.0;
        long wait = started + (long) (gamesMinutes / speed * 1e9) - System.nanoTime();
        if (wait > 0) {
            sender.flush();
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
