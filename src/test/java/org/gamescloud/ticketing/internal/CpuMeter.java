package org.gamescloud.ticketing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time (user + system) spent by this JVM and by the PostgreSQL server it talks to (the postmaster and its
 * children), read from {@code /proc}. On a machine shared with other work, throughput measures the scheduler; the CPU
 * a purchase costs does not, so the storm reports both. Linux only; 0 elsewhere.
 */
public final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0;

    private final long postmaster;

    public CpuMeter(long anyBackend) {
        this.postmaster = parentOf(anyBackend);
    }

    /** CPU seconds used so far by this JVM and by the database server's processes. */
    public double[] seconds() {
        double jvm = cpuOf(ProcessHandle.current().pid());
        double database = cpuOf(postmaster);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            database += processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                    .filter(pid -> parentOf(pid) == postmaster)
                    .mapToDouble(CpuMeter::cpuOf)
                    .sum();
        } catch (IOException | RuntimeException e) {
            return new double[] {jvm, 0};
        }
        return new double[] {jvm, database};
    }

    private static String[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long parentOf(long pid) {
        String[] fields = stat(pid);
        return fields == null ? -1 : Long.parseLong(fields[1]);
    }

    private static double cpuOf(long pid) {
        String[] fields = stat(pid);
        return fields == null ? 0 : (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }
}
