package org.gamescloud.games.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gamescloud.games.dataset.Model.Event;
import org.gamescloud.games.dataset.Model.Venue;

/** Writes the output folder's README: how the dataset was generated, what is sourced and what is synthetic. */
final class ReadmeWriter {

    private ReadmeWriter() {}

    static void write(Dataset d, Path dir, String summary) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("""
            # Hangzhou 2022 demo dataset

            The demo dataset of games-cloud, modelled on the 19th Asian Games, Hangzhou 2022 (held 23 Sep - 8 Oct
            2023; football, cricket, volleyball and beach volleyball from 19 Sep). Format: `docs/dataset-format.md`
            (no column added or changed).

            **Generated - do not edit by hand.** The files are written by
            `src/test/java/org/gamescloud/games/dataset/DemoDatasetGenerator.java` (plain JDK 17, deterministic:
            the same input gives byte-identical files) from the tables in `datasets/sources/hangzhou2022/`. From
            the repository root:

            ```
            javac --release 17 -d /tmp/gen src/test/java/org/gamescloud/games/dataset/*.java
            java -cp /tmp/gen org.gamescloud.games.dataset.DemoDatasetGenerator \\
                datasets/sources/hangzhou2022 src/main/resources/datasets/hangzhou2022
            ```

            ## Counts

            """);
        sb.append("```\n").append(summary).append("\n```\n\n");
        sb.append("""
            ## What is sourced

            - **NOCs** (45): codes, English names and OCA zones from the source table; Chinese names are the
              source's (written from general knowledge there, unverified against an official list).
            - **Sports and disciplines** (40 / 61) and their grouping, from the source. The ODF-style discipline
              codes of non-Olympic disciplines (SQU, CKT, DGB, KBD, JJI, KUR, BRG, CHS, ESP, GOG, XQI, RSK, STK,
              STE, WSH) were invented in the source. Sport codes are the English names upper-cased. Chinese names
              of sports and disciplines were added here (standard PRC sport names).
            - **Events**: the 472 events of the source (many event names there are themselves marked unverified:
              see `datasets/sources/hangzhou2022/README.md`), plus 9 added ones (below). Event codes and Chinese
              event names are built here from the English names (templates).
            - **Venues** (50): names, cities and the sports column from the source; coordinates and capacities
              where the source has them.
            - Windows of the schedule follow the real timetable where known (facts.md: early team sports from 19
              Sep, last golds on 8 Oct in artistic swimming and karate, peak day 27 Sep).

            ## What is synthetic or estimated

            - **Athletes, teams and entries are synthetic.** Names are random combinations from small per-region
              name pools (Chinese pinyin, Cantonese, Taiwanese, Korean, Japanese, Mongolian, Southeast Asian, South
              Asian, Persian, Central Asian, Arabic): they are not real athletes. Delegation sizes, fields (at most
              two per NOC in most individual events, one in combat sports), squad sizes and birth dates are
              plausible estimates. Athlete ids run from `1000001`.
            - **The whole schedule** (phases, units, times, sessions) is generated from per-sport competition
              formats sized for each event's field, inside plausible windows per discipline. Sessions are the units
              of one venue and time window (morning `M`, afternoon `A`, evening `E`); at venues with separate halls
              or courses (the chess hall, the Chun'an Jieshou courses, Fuyang Yinhu, the baseball/softball centre,
              the roller sports centre, the aquatics centre, the tennis centre) there is one session per discipline
              and the session code ends with the discipline code.
            - **Scoring**: the source encodes every score as POINTS_HIGH; lowest-score-wins events use POINTS_LOW
              here: golf (strokes), sailing (net points), equestrian jumping and eventing (penalties).
            - Competition formats follow usual Asian Games practice; kabaddi, sepak takraw, bridge and the racket
              sports have no bronze match (both semi-final units have medal `SEMIFINAL`); combat sports have two
              bronze-medal contests (repechage in judo and wrestling).

            """);
        sb.append("### Added events (gap to the official 481)\n\n");
        sb.append("| code | event | why |\n|---|---|---|\n");
        for (Event e : d.events()) {
            if (e.flag != null && e.flag.startsWith("added")) {
                sb.append("| `")
                        .append(e.code)
                        .append("` | ")
                        .append(e.nameEn)
                        .append(" | ")
                        .append(e.flag)
                        .append(" |\n");
            }
        }
        sb.append("\n### Sailing classes (estimated)\n\n");
        sb.append("The source lists 14 sailing events but identifies only the 49er; the other 13 rows get plausible"
                + " classes:\n\n");
        for (Event e : d.events()) {
            if (e.flag != null && e.flag.startsWith("class estimated")) {
                sb.append("- `").append(e.code).append("` ").append(e.nameEn).append('\n');
            }
        }
        sb.append("\n### Venues\n\n");
        List<Venue> venues = d.venues();
        sb.append("- Estimated coordinates (`location_estimated=true`, placed in the right city and district): ")
                .append(codes(venues.stream()
                        .filter(v -> v.locationEstimated)
                        .map(v -> v.code)
                        .toList()))
                .append(".\n");
        sb.append("- Estimated capacities (`capacity_estimated=true`): ")
                .append(codes(venues.stream()
                        .filter(v -> v.capacityEstimated)
                        .map(v -> v.code)
                        .toList()))
                .append(".\n");
        for (Venue v : venues) {
            if (!v.disciplinesEstimated.isEmpty()) {
                sb.append("- `")
                        .append(v.code)
                        .append("` has no sport in the source; it is given ")
                        .append(codes(v.disciplinesEstimated))
                        .append(" (group matches) here.\n");
            }
        }
        sb.append("\n## Busiest days\n\n| day | units | venues |\n|---|---|---|\n");
        Map<LocalDate, Integer> perDay = DemoDatasetGenerator.unitsPerDay(d);
        for (Map.Entry<LocalDate, Integer> e : perDay.entrySet()) {
            if (e.getValue() >= 300) {
                sb.append("| ")
                        .append(e.getKey())
                        .append(" | ")
                        .append(e.getValue())
                        .append(" | ")
                        .append(DemoDatasetGenerator.venuesOn(d, e.getKey()))
                        .append(" |\n");
            }
        }
        sb.append("\nThe real peak day, 27 Sep 2023, had about 379 units at 36 venues (facts.md).\n");
        Files.writeString(dir.resolve("README.md"), sb.toString(), StandardCharsets.UTF_8);
    }

    private static String codes(List<String> codes) {
        return codes.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
    }
}
