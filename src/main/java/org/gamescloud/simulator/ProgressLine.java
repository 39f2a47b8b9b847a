package org.gamescloud.simulator;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The run's progress on one terminal line, rewritten in place a few times a second; where the output is not a
 * terminal (a log, a test), a plain line every ten seconds instead.
 */
final class ProgressLine implements AutoCloseable {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final PrintStream out;
    private final Tally tally;
    private final boolean terminal;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "simulator-progress");
        thread.setDaemon(true);
        return thread;
    });

    ProgressLine(PrintStream out, Tally tally, boolean terminal) {
        this.out = out;
        this.tally = tally;
        this.terminal = terminal;
        long period = terminal ? 200 : 10_000;
        ticker.scheduleAtFixedRate(this::show, period, period, TimeUnit.MILLISECONDS);
    }

    private void show() {
        String line = String.format(
                "units %d/%d · messages %,d · errors %,d · %.0f msg/s · Games time %s",
                tally.unitsDone(),
                tally.units(),
                tally.answered(),
                tally.refused(),
                tally.messagesPerSecond(),
                tally.gamesTime() == null ? "--:--" : CLOCK.format(tally.gamesTime()));
        if (terminal) {
            out.print("\r" + line + "   ");
        } else {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        show();
        if (terminal) {
            out.println();
        }
    }
}
