package org.gamescloud.simulator;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU time used so far by this JVM and by the PostgreSQL server it talks to (the postmaster, the backends it has
 * reaped and those still running), read from {@code /proc}: on a machine shared with other work, the CPU a run uses
 * is a far steadier figure than the time it takes. Assumes the server runs on this machine (Linux, 100 ticks a
 * second); PostgreSQL time includes whatever other clients of the same server did meanwhile.
 */
record CpuTime(double jvmSeconds, double postgresSeconds) {

    private static final double TICKS_PER_SECOND = 100;

    static CpuTime now(JdbcClient jdbc) {
        long backend = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
        long postmaster = (long) field(backend, 3);
        double postgres = field(postmaster, 13) + field(postmaster, 14) + field(postmaster, 15) + field(postmaster, 16);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            postgres += processes
                    .map(path -> path.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong)
                    .filter(pid -> field(pid, 3) == postmaster)
                    .mapToDouble(pid -> field(pid, 13) + field(pid, 14))
                    .sum();
        } catch (IOException e) {
            return new CpuTime(processSeconds(), Double.NaN);
        }
        return new CpuTime(processSeconds(), postgres / TICKS_PER_SECOND);
    }

    CpuTime minus(CpuTime earlier) {
        return new CpuTime(jvmSeconds - earlier.jvmSeconds, postgresSeconds - earlier.postgresSeconds);
    }

    double totalSeconds() {
        return jvmSeconds + postgresSeconds;
    }

    private static double processSeconds() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }

    /** Field {@code index} (0-based, after the command name) of {@code /proc/<pid>/stat}, or 0 if it is gone. */
    private static double field(long pid, int index) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Double.parseDouble(fields[index - 2]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
