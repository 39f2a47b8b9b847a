package org.gamescloud.live;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The subscriber side of {@link LiveLatencyBenchmark}, in a process of its own (each process may open at most 20,000
 * files here, and 10,000 streams need 10,000 sockets on each side). Opens the streams, then reads commands on stdin:
 * {@code S <unitIndex> <revision> <nanoTime>} when a result is sent, {@code REPORT <expected deliveries>} at the end;
 * answers {@code CONNECTED <n>} and {@code RESULT <deliveries> <p50 ms> <p99 ms> <max ms>} on stdout. Both processes
 * read {@link System#nanoTime()}, the same monotonic clock on one Linux machine.
 *
 * <p>Arguments: port, subscribers, {@code unit} (each stream filtered to one unit, round robin) or {@code all}, units.
 */
public final class LiveLoadClient {

    private record Receipt(long key, long at_ns) {}

    private final ConcurrentLinkedQueue<Receipt> receipts = new ConcurrentLinkedQueue<>();
    private final AtomicLong delivered = new AtomicLong();
    private final Map<String, Integer> unitIndex = new HashMap<>();

    public static void main(String[] args) throws Exception {
        new LiveLoadClient().run(args);
    }

    private void run(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int subscribers = Integer.parseInt(args[1]);
        boolean byUnit = args[2].equals("unit");
        List<String> units = Arrays.asList(args).subList(3, args.length);
        for (int i = 0; i < units.size(); i++) {
            unitIndex.put(units.get(i), i);
        }
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Semaphore connecting = new Semaphore(200);
        AtomicInteger connected = new AtomicInteger();
        List<CompletableFuture<?>> streams = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            String query = byUnit ? "?unit=" + units.get(i % units.size()) : "";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/live" + query))
                    .header("Accept", "text/event-stream")
                    .build();
            connecting.acquire();
            // The handler runs when the headers arrive (the server flushes them with an opening comment).
            HttpResponse.BodyHandler<Void> opened = info -> {
                if (info.statusCode() == 200) {
                    connected.incrementAndGet();
                }
                connecting.release();
                return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines());
            };
            streams.add(http.sendAsync(request, opened).whenComplete((response, failure) -> {
                if (failure != null) {
                    System.err.println("stream failed: " + failure);
                    connecting.release();
                }
            }));
        }
        connecting.acquire(200);
        System.out.println("CONNECTED " + connected.get());
        System.out.flush();

        Map<Long, Long> sent = new HashMap<>();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = commands.readLine()) != null) {
            String[] parts = line.split(" ");
            if (parts[0].equals("S")) {
                sent.put(key(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])), Long.parseLong(parts[3]));
            } else if (parts[0].equals("REPORT")) {
                long expected = Long.parseLong(parts[1]);
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (delivered.get() < expected && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                report(sent);
                receipts.clear();
                delivered.set(0);
                sent.clear();
            } else if (parts[0].equals("QUIT")) {
                System.exit(0);
            }
        }
        System.exit(0);
    }

    private void report(Map<Long, Long> sent) {
        long[] latencies_us = receipts.stream()
                .filter(receipt -> sent.containsKey(receipt.key()))
                .mapToLong(receipt -> (receipt.at_ns() - sent.get(receipt.key())) / 1_000)
                .sorted()
                .toArray();
        if (latencies_us.length == 0) {
            System.out.println("RESULT 0 0 0 0");
        } else {
            System.out.printf(
                    "RESULT %d %.1f %.1f %.1f%n",
                    latencies_us.length,
                    latencies_us[(int) (latencies_us.length * 0.50)] / 1000.0,
                    latencies_us[Math.min(latencies_us.length - 1, (int) (latencies_us.length * 0.99))] / 1000.0,
                    latencies_us[latencies_us.length - 1] / 1000.0);
        }
        System.out.flush();
    }

    private static long key(int unit, int revision) {
        return unit * 10_000_000L + revision;
    }

    /** Reads one stream's lines; a {@code data:} line of a result is a delivery. */
    private final class Lines implements Flow.Subscriber<String> {

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("data: {\"unitCode\":\"")) {
                long at = System.nanoTime();
                int end = line.indexOf('"', 19);
                Integer unit = unitIndex.get(line.substring(19, end));
                int revisionAt = line.indexOf("\"revision\":") + 11;
                int revisionEnd = line.indexOf(',', revisionAt);
                if (unit != null) {
                    receipts.add(new Receipt(key(unit, Integer.parseInt(line.substring(revisionAt, revisionEnd))), at));
                    delivered.incrementAndGet();
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {}

        @Override
        public void onComplete() {}
    }
}
