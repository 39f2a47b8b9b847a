package org.gamescloud.ticketing.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.gamescloud.BenchmarkChart;

/** Tickets sold over time during a storm, sampled every 100 ms, drawn as a picture of the stadium selling out. */
final class SellOutCurve {

    private static final long EVERY_NANOS = 100_000_000L;

    private final Map<String, List<double[]>> curves = new LinkedHashMap<>();

    /** Samples {@code sold} on a daemon thread from now until the returned sampler is stopped. */
    static Sampler sample(IntSupplier sold) {
        return new Sampler(sold);
    }

    void add(String name, List<double[]> points) {
        curves.put(name, points);
    }

    /** A straight line for a design measured at a steady rate: how long it would take to sell {@code seats}. */
    void addSteadyRate(String name, double ticketsPerSecond, int seats) {
        curves.put(name, List.of(new double[] {0, 0}, new double[] {seats / ticketsPerSecond, seats}));
    }

    void writeTo(Path file, String title) {
        BenchmarkChart chart =
                new BenchmarkChart(title, "seconds since the sale opened", "tickets sold", BenchmarkChart.Axis.LINEAR);
        curves.forEach(chart::add);
        chart.writeTo(file);
    }

    static final class Sampler {

        private final List<double[]> points = new ArrayList<>();
        private final Thread thread;
        private volatile boolean running = true;

        private Sampler(IntSupplier sold) {
            long began = System.nanoTime();
            points.add(new double[] {0, sold.getAsInt()});
            thread = new Thread(
                    () -> {
                        long next = began + EVERY_NANOS;
                        while (running) {
                            java.util.concurrent.locks.LockSupport.parkNanos(next - System.nanoTime());
                            synchronized (points) {
                                points.add(new double[] {(System.nanoTime() - began) / 1e9, sold.getAsInt()});
                            }
                            next += EVERY_NANOS;
                        }
                    },
                    "sell-out-curve");
            thread.setDaemon(true);
            thread.start();
        }

        List<double[]> stop() throws InterruptedException {
            running = false;
            thread.join();
            synchronized (points) {
                return List.copyOf(points);
            }
        }
    }
}
