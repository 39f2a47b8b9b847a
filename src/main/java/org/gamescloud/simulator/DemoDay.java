package org.gamescloud.simulator;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays a full competition day of the Games through the real HTTP API, as the venue systems would: for every unit of
 * the day, in start order, a start list, live and intermediate results, unofficial and official results, with
 * plausible marks for each sport; and one correction of an official medal unit near the end of the day, so that the
 * medal table changes. Units that already have results are left alone, so a second run of a day sends nothing.
 *
 * <pre>mvn -q exec:java -Dexec.args="--date 2023-09-27 --as-fast-as-possible"</pre>
 */
public final class DemoDay {

    private static final ZoneId GAMES_ZONE = ZoneId.of("Asia/Shanghai");

    private DemoDay() {}

    /** Exits with 0 when every message was accepted, 1 when some were refused, 2 when the day could not be played. */
    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(Options.USAGE);
            return;
        }
        int exitCode;
        try {
            Summary summary = run(Options.parse(args), System.out, System.console() != null);
            exitCode = summary.refused() == 0 ? 0 : 1;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            exitCode = 2;
        } catch (GamesApi.Unavailable e) {
            System.err.println(e.getMessage());
            exitCode = 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exitCode = 2;
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * @param terminal whether {@code out} is a terminal, where progress is shown on one line rewritten in place
     * @throws GamesApi.Unavailable if the server cannot be reached, refuses the credentials or does not know the day
     */
    static Summary run(Options options, PrintStream out, boolean terminal) throws InterruptedException {
        GamesApi api = new GamesApi(options.url(), JsonMapper.builder().build());
        api.signIn(options.user(), options.password());
        LocalDate date = options.date() != null
                ? options.date()
                : api.clock().atZoneSameInstant(GAMES_ZONE).toLocalDate();
        List<Unit> units = api.schedule(date, options.venue());
        ApiProgramme programme = new ApiProgramme(api);
        List<Unit> toPlay = units.stream()
                .filter(unit -> !programme.hasResults(unit.code()))
                .toList();
        DayPlan plan = DayPlan.of(toPlay, programme, options.seed(), options.updatesPerUnit());
        List<Message> timeline = plan.timeline();
        out.printf(
                "Playing %s%s on %s: %d units, %,d messages%s (seed %d, %s%s)%n",
                date,
                options.venue() == null ? "" : " at " + options.venue(),
                options.url(),
                plan.played().size(),
                timeline.size(),
                plan.corrections().isEmpty() ? "" : " and a correction",
                options.seed(),
                options.asFastAsPossible()
                        ? "as fast as possible"
                        : String.format(
                                "%s Games minutes a second",
                                BigDecimal.valueOf(options.speed())
                                        .stripTrailingZeros()
                                        .toPlainString()),
                options.bulk() ? ", in batches of " + options.batchSize() : "");
        if (units.size() > toPlay.size()) {
            out.printf("  %d units left alone: they have results already%n", units.size() - toPlay.size());
        }
        plan.skipped()
                .forEach(skipped ->
                        out.printf("  %s left out: %s%n", skipped.unit().code(), skipped.reason()));
        Tally tally = new Tally(timeline);
        Sender sender = options.bulk()
                ? new LanesSender(options.lanes(), () -> new BatchSender(api, tally, options.batchSize()))
                : new OneByOneSender(api, tally, options.concurrency());
        try (ProgressLine progress = new ProgressLine(out, tally, terminal)) {
            Dispatcher.play(timeline, plan.corrections(), options.speed(), sender, tally);
        } finally {
            sender.close();
        }
        Summary summary = tally.summary();
        summary.print(out);
        printMedalTable(api, out);
        return summary;
    }

    private static void printMedalTable(GamesApi api, PrintStream out) {
        try {
            JsonNode table = api.medals();
            out.println("  medal table: " + (table.isEmpty() ? "no medals yet" : "(the first five)"));
            for (int i = 0; i < Math.min(5, table.size()); i++) {
                JsonNode row = table.get(i);
                out.printf(
                        "    %2d %-3s %3d %3d %3d%n",
                        row.path("rank").asInt(),
                        row.path("noc").asString(),
                        row.path("gold").asInt(),
                        row.path("silver").asInt(),
                        row.path("bronze").asInt());
            }
        } catch (GamesApi.Unavailable e) {
            out.println("  medal table: " + e.getMessage());
        }
    }
}
