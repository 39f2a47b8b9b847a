package org.gamescloud.simulator;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * How the simulator is asked to run: against which server, which Games day, how fast.
 *
 * @param date the Games-local day to play, or null for the Games clock's today
 * @param speed Games minutes played per real second; infinite when as fast as possible
 * @param venue only the units of this venue, or null for every venue
 * @param seed every generated mark follows from it, so that two runs with one seed send the same messages
 * @param batchSize messages per NDJSON request when {@code bulk}
 * @param concurrency units sent in parallel when not {@code bulk} (each unit's messages stay in order)
 * @param lanes batches in flight at once with {@code bulk}, each for its own share of the units
 * @param messagesPerUnit at most this many messages per unit (start list, live updates, unofficial, official), or
 *     {@link Timetable#EVERY_CHANGE} for every change as venue systems send them
 */
record Options(
        URI url,
        String user,
        String password,
        LocalDate date,
        double speed,
        String venue,
        long seed,
        boolean bulk,
        int batchSize,
        int concurrency,
        int lanes,
        int messagesPerUnit) {

    /** The fewest messages a unit can be played in: start list, live, intermediate, unofficial, official. */
    static final int FEWEST_MESSAGES_PER_UNIT = 5;

    static final double DEFAULT_SPEED = 10;
    static final long DEFAULT_SEED = 19;

    static final String USAGE = """
            Plays a competition day of the Games through the results API, as venue systems would.

            Options:
              --url URL                 the games-cloud server (default http://localhost:8080)
              --user NAME               an ADMIN or a RESULTS_OPERATOR of the venues (default admin)
              --password PASSWORD       (default admin)
              --date YYYY-MM-DD         the Games day to play (default: today on the Games clock)
              --venue CODE              only the units of this venue
              --speed N                 Games minutes per real second (default 10)
              --as-fast-as-possible     send every message without waiting for its Games time
              --seed N                  the seed of every mark (default 19): same seed, same messages
              --bulk                    send NDJSON batches to /api/results/messages instead of one by one
              --batch-size N            messages per batch with --bulk (default 200)
              --concurrency N           units sent in parallel without --bulk (default 8)
              --lanes N                 batches in flight at once with --bulk, each for its own units
                                        (default 2)
              --messages-per-unit N     at most N messages per unit, live updates spread evenly (at least 5;
                                        default: every change as venue systems send it, a split, a point,
                                        an attempt, a judge's score: ~110,000 messages on 27 Sep 2023)
              --help                    this text
            """;

    boolean asFastAsPossible() {
        return Double.isInfinite(speed);
    }

    /**
     * @throws IllegalArgumentException with a message for the user when an option is unknown or malformed
     */
    static Options parse(String... args) {
        Deque<String> rest = new ArrayDeque<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                rest.add(arg.substring(0, equals));
                rest.add(arg.substring(equals + 1));
            } else {
                rest.add(arg);
            }
        }
        URI url = URI.create("http://localhost:8080");
        String user = "admin";
        String password = "admin";
        LocalDate date = null;
        double speed = DEFAULT_SPEED;
        String venue = null;
        long seed = DEFAULT_SEED;
        boolean bulk = false;
        int batchSize = 200;
        int concurrency = 8;
        int lanes = 2;
        int messagesPerUnit = Timetable.EVERY_CHANGE;
        while (!rest.isEmpty()) {
            String option = rest.removeFirst();
            switch (option) {
                case "--url" -> url = url(value(option, rest));
                case "--user" -> user = value(option, rest);
                case "--password" -> password = value(option, rest);
                case "--date" -> date = date(value(option, rest));
                case "--venue" -> venue = value(option, rest);
                case "--speed" -> speed = positive(option, value(option, rest));
                case "--as-fast-as-possible" -> speed = Double.POSITIVE_INFINITY;
                case "--seed" -> seed = number(option, value(option, rest));
                case "--bulk" -> bulk = true;
                case "--batch-size" -> batchSize = count(option, value(option, rest), 10_000);
                case "--concurrency" -> concurrency = count(option, value(option, rest), 64);
                case "--lanes" -> lanes = count(option, value(option, rest), 64);
                case "--messages-per-unit" -> messagesPerUnit = atLeast(option, value(option, rest));
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return new Options(
                url, user, password, date, speed, venue, seed, bulk, batchSize, concurrency, lanes, messagesPerUnit);
    }

    private static String value(String option, Deque<String> rest) {
        if (rest.isEmpty() || rest.peekFirst().startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.removeFirst();
    }

    private static URI url(String text) {
        URI uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        if (!Arrays.asList("http", "https").contains(uri.getScheme())) {
            throw new IllegalArgumentException("--url must be an http or https address, was " + text);
        }
        return uri;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date must be a date such as 2023-09-27, was " + text);
        }
    }

    private static double positive(String option, String text) {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && !Double.isInfinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a positive number, was " + text);
    }

    private static long number(String option, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, was " + text);
        }
    }

    /** Live and intermediate updates per unit that the limit leaves, or every change when there is no limit. */
    int updatesPerUnit() {
        return messagesPerUnit == Timetable.EVERY_CHANGE ? Timetable.EVERY_CHANGE : messagesPerUnit - 3;
    }

    private static int atLeast(String option, String text) {
        long value = number(option, text);
        if (value < FEWEST_MESSAGES_PER_UNIT || value > 1_000_000) {
            throw new IllegalArgumentException(
                    option + " must be between " + FEWEST_MESSAGES_PER_UNIT + " and 1000000, was " + text);
        }
        return (int) value;
    }

    private static int count(String option, String text, int most) {
        long value = number(option, text);
        if (value < 1 || value > most) {
            throw new IllegalArgumentException(option + " must be between 1 and " + most + ", was " + text);
        }
        return (int) value;
    }
}
